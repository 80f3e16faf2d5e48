# SPDX-License-Identifier: CC-BY-4.0
# 出租车司机实用外语 —— cordial 随附手册
#
# 格式见 cordial-handbook(5)。每条记录之间空一行；"字段: 内容"；
# 以 "+ " 开头的行接续上一行的内容；以 # 开头的行是注释。
# 读音：zh_reading 为带声调的汉语拼音（"一""不"按变调标注），
# ja_reading 为平文式罗马字，ko_reading 为韩国语罗马字标记法（Revised Romanization）。
# 标签 guest 表示这是客人说的话：司机要能听懂，不一定自己说。
# 本手册为青岛编写。车费、时段、热线、机场、车站、码头、控烟规定等本地事实都记在
# 记录的 local: 字段里，出处在 local_source: 字段；改编给别的城市用时，
# 'cordial handbook local taxi.hb' 会列出所有要改的地方。其余数字（车号、门号、
# 时间）只是例子。
# local_source: 里注明"未核对"的，是还没有按正式文本（政府网站、法规原文）核对过的出处：
# 句子和注释不教它的条文号、钟点、区名或规定，local: 写明要核对什么、去哪里核对。

%rec: Handbook

id: taxi
title: 出租车司机实用外语
title_en: Practical phrases for taxi drivers
title_ja: タクシー運転手のための実用フレーズ
title_ko: 택시 기사를 위한 실용 외국어
source: zh
languages: en ja ko
version: 3
description: 为青岛这座港口城市的出租车和网约车司机准备：接客和问目的地、常去的地点、
+ 路线与路况、安全与舒适、计价器与车费、付款（现金必须收；外国客人可以把境外
+ 银行卡绑定到支付宝或微信支付后扫码）、发票与遗失物品、到达与行李、预约和网约车
+ 接人、突发情况、有特殊需要的乘客、闲聊与道别；还有机场的出发层和到达层、同名的
+ 几个火车站、网约车的付款和取消、途中停靠、听懂指路、车坏了、喝醉或不舒服的客人、
+ 台风和封路、交班和人多行李多时怎么说、投诉电话和夜间安全。既有司机要说的话，也有
+ 要听懂的客人的话。前12课附国际礼仪情景题。
editor: cordial 内容编辑组
license: CC BY 4.0

%rec: Lesson
%key: id

id: taxi-01
title: 接客与目的地
title_en: Picking up and the destination
order: 1
description: 问好、请客人上车、问去哪里；请客人出示中文地址、酒店卡片或地图；
+ 复述目的地、问人数。

id: taxi-02
title: 常去的地点
title_en: Places around the city
order: 2
description: 机场航站楼、火车站和高铁站、邮轮码头和轮渡码头、医院、领事馆、
+ 老城区和景点；用 "To ___?" 和 "Do you mean ___?" 确认。

id: taxi-03
title: 路线与路况
title_en: Route and traffic
order: 3
description: 堵车、要多久、走不走高速和过路费、绕路、哪个门、路的哪一边，
+ 以及听懂客人指路。

id: taxi-04
title: 安全与舒适
title_en: Safety and comfort
order: 4
description: 安全带、空调和暖风、车窗、音乐、车内禁烟、儿童座椅、下车开门
+ 注意后方来车。

id: taxi-05
title: 计价器与车费
title_en: The meter and fares
order: 5
description: 打表、估价、起步价、夜间加价、过路费、等候计费，以及客人觉得
+ 太贵时怎样说明。

id: taxi-06
title: 付款
title_en: Paying
order: 6
description: 现金（必须收）和找零、扫码付款、境外银行卡绑定支付宝或微信支付、
+ 不能刷卡时怎么说、"Keep the change" 和小费、外币。

id: taxi-07
title: 发票与遗失物品
title_en: Receipts and lost property
order: 7
description: 发票上的车号和电话、提醒客人带好随身物品、客人落下东西时怎样
+ 核对和归还。

id: taxi-08
title: 到达与行李
title_en: Arrival and luggage
order: 8
description: 到了、这里不能停、停在门口、帮客人拿行李、后备箱放不下、
+ 易碎物品、请司机等一会儿。

id: taxi-09
title: 预约、网约车与电话
title_en: Bookings, ride-hailing and phone calls
order: 9
description: 打电话说明身份和位置、描述车辆和车牌、网约车上车点、核对客人
+ 姓名和手机尾号、提前到达和迟到时怎么说。

id: taxi-10
title: 突发情况
title_en: Problems and emergencies
order: 10
description: 走错路、地址不对、前方事故、客人晕车或突发疾病（120）、交通事故
+ （122）、报警（110）、车费争议。

id: taxi-11
title: 有特殊需要的乘客
title_en: Passengers with special needs
order: 11
description: 先问再帮；轮椅、导盲犬、视障和听障客人、老人和孩子、婴儿车。

id: taxi-12
title: 闲聊、推荐与道别
title_en: Small talk, recommendations and farewells
order: 12
description: 第一次来吗、出差还是旅游、推荐餐馆（先问忌口）、晚上去哪儿走走，
+ 以及道别和回应客人的道谢。

%rec: Phrase
%key: id

# ---- 第1课：接客与目的地 ----

id: taxi-01-001
lesson: taxi-01
zh: 您好，请上车。
zh_reading: nín hǎo, qǐng shàng chē.
en: Hello, please get in.
en_alt: Hi, please get in.
ja: いらっしゃいませ。どうぞお乗りください。
ja_reading: irasshaimase. dōzo onori kudasai.
ja_kana: いらっしゃいませ。 どうぞ おのり ください。
ko: 안녕하세요. 어서 타세요.
ko_reading: annyeonghaseyo. eoseo taseyo.
note: 客人上车时先问好，晚上可以说 "Good evening."。不要只说 "Come!" 或 "Get in!"，
+ 听起来像命令。
register: polite
tags: greeting pickup

id: taxi-01-002
lesson: taxi-01
zh: 请问您去哪里？
zh_reading: qǐngwèn nín qù nǎlǐ?
en: Where would you like to go?
en_alt: Where can I take you?
ja: どちらまでですか。
ja_reading: dochira made desu ka.
ja_kana: どちら までです か。
ko: 어디로 모실까요?
ko_reading: eodiro mosilkkayo?
note: "Where would you like to go?" 比 "Where are you going?" 礼貌。有的司机只说
+ "Where to?"，很简短，但对初次见面的客人显得生硬。
register: polite
tags: destination pickup

id: taxi-01-003
lesson: taxi-01
zh: 您有中文地址吗？
zh_reading: nín yǒu Zhōngwén dìzhǐ ma?
en: Do you have the address in Chinese?
ja: 中国語の住所はお持ちですか。
ja_reading: chūgokugo no jūsho wa omochi desu ka.
ja_kana: ちゅうごくご の じゅうしょ は おもちです か。
ko: 중국어로 된 주소가 있으세요?
ko_reading: junggugeoro doen jusoga isseuseyo?
note: 外文地名和中文名常常对不上，看中文地址最可靠。语气要平和，不要让客人觉得
+ 是他的错。
register: polite
tags: destination address

id: taxi-01-004
lesson: taxi-01
zh: 能给我看看手机上的地址吗？
zh_reading: néng gěi wǒ kànkan shǒujī shang de dìzhǐ ma?
en: Could you show me the address on your phone?
en_alt: Can I see the address on your phone?
ja: 携帯で住所を見せていただけますか。
ja_reading: keitai de jūsho o misete itadakemasu ka.
ja_kana: けいたい で じゅうしょ を みせて いただけます か。
ko: 휴대폰에 있는 주소를 보여 주시겠어요?
ko_reading: hyudaepone inneun jusoreul boyeo jusigesseoyo?
note: 客人拿手机给你看时，不要自己伸手拿走；请客人拿着，或者先问 "May I?" 再接过来。
register: polite
tags: destination address

id: taxi-01-005
lesson: taxi-01
zh: 能在地图上指给我看吗？
zh_reading: néng zài dìtú shang zhǐ gěi wǒ kàn ma?
en: Could you show me on the map?
ja: 地図で場所を教えていただけますか。
ja_reading: chizu de basho o oshiete itadakemasu ka.
ja_kana: ちず で ばしょ を おしえて いただけます か。
ko: 지도에서 위치를 보여 주시겠어요?
ko_reading: jidoeseo wichireul boyeo jusigesseoyo?
note: 客人说不清地名时用。可以把自己导航上的地图递给客人看。
register: polite
tags: destination address

id: taxi-01-006
lesson: taxi-01
zh: 您有酒店的卡片吗？
zh_reading: nín yǒu jiǔdiàn de kǎpiàn ma?
en: Do you have a card from your hotel?
en_alt: Do you have your hotel's card?
ja: ホテルのカードはお持ちですか。
ja_reading: hoteru no kādo wa omochi desu ka.
ja_kana: ホテル の カード は おもちです か。
ko: 호텔 명함 갖고 계세요?
ko_reading: hotel myeongham gatgo gyeseyo?
note: 酒店前台常给外国客人一张印有中文店名和地址的卡片，客人回酒店时拿出来最方便。
register: polite
tags: destination address hotel

id: taxi-01-007
lesson: taxi-01
zh: 请送我到这个地址。
zh_reading: qǐng sòng wǒ dào zhège dìzhǐ.
en: Please take me to this address.
en_alt: This address, please.
ja: この住所までお願いします。
ja_reading: kono jūsho made onegai shimasu.
ja_kana: この じゅうしょ まで おねがい します。
ko: 이 주소로 가 주세요.
ko_reading: i jusoro ga juseyo.
note: 客人说的话，通常一边说一边给你看手机或纸条。看清楚后复述一遍目的地再出发。
register: polite
tags: destination guest

id: taxi-01-008
lesson: taxi-01
zh: 请去机场。
zh_reading: qǐng qù jīchǎng.
en: To the airport, please.
en_alt: The airport, please.
ja: 空港までお願いします。
ja_reading: kūkō made onegai shimasu.
ja_kana: くうこう まで おねがい します。
ko: 공항으로 가 주세요.
ko_reading: gonghangeuro ga juseyo.
note: 客人说的话。"To ___, please." 是最常见的说法，"to" 后面的词就是目的地。
register: polite
tags: destination guest

id: taxi-01-009
lesson: taxi-01
zh: 我确认一下，是去这个地址，对吗？
zh_reading: wǒ quèrèn yíxià, shì qù zhège dìzhǐ, duì ma?
en: Just to confirm, it's this address, right?
en_alt: Just to check, this address, right?
ja: 確認いたします。こちらの住所でよろしいですか。
ja_reading: kakunin itashimasu. kochira no jūsho de yoroshii desu ka.
ja_kana: かくにんいたします。 こちら の じゅうしょ で よろしいです か。
ko: 확인하겠습니다. 이 주소 맞습니까?
ko_reading: hwaginhagetseumnida. i juso matseumnikka?
note: 出发前复述一遍目的地，能避免送错地方，也让客人放心。
register: polite
tags: destination

id: taxi-01-010
lesson: taxi-01
zh: 对不起，您说的是哪家酒店？
zh_reading: duìbuqǐ, nín shuō de shì nǎ jiā jiǔdiàn?
en: Sorry, which hotel did you say?
en_alt: Sorry, which hotel was that?
ja: 申し訳ございません、どちらのホテルとおっしゃいましたか。
ja_reading: mōshiwake gozaimasen, dochira no hoteru to osshaimashita ka.
ja_kana: もうしわけございません、 どちら の ホテル と おっしゃいました か。
ko: 죄송합니다만, 어느 호텔이라고 하셨죠?
ko_reading: joesonghamnidaman, eoneu hoterirago hasyeotjyo?
note: 没听清时不要猜，也不要说 "What?"；用 "Sorry, which ...?" 请客人再说一遍。
register: polite
tags: destination understanding

id: taxi-01-011
lesson: taxi-01
zh: 这个地方我不太熟，我用导航查一下。
zh_reading: zhège dìfang wǒ bú tài shú, wǒ yòng dǎoháng chá yíxià.
en: I'm not familiar with that place, so let me check the map.
en_alt: I'm not sure where that is. Let me check the GPS.
ja: その辺りはあまり詳しくありませんので、ナビで確認いたします。
ja_reading: sono atari wa amari kuwashiku arimasen node, nabi de kakunin itashimasu.
ja_kana: その あたり は あまり くわしく ありません ので、 ナビ で かくにんいたします。
ko: 제가 잘 모르는 곳이라 내비게이션으로 찾아보겠습니다.
ko_reading: jega jal moreuneun gosira naebigeisyeoneuro chajabogetseumnida.
note: 不认识路就坦白说，再用导航，客人会更放心；不要一边猜一边开。
register: polite
tags: destination navigation

id: taxi-01-012
lesson: taxi-01
zh: 请稍等，我把地址输进导航。
zh_reading: qǐng shāo děng, wǒ bǎ dìzhǐ shūjìn dǎoháng.
en: One moment, please. I'll put the address into the GPS.
en_alt: One moment while I set the GPS.
ja: 少々お待ちください。住所をナビに入力します。
ja_reading: shōshō omachi kudasai. jūsho o nabi ni nyūryoku shimasu.
ja_kana: しょうしょう おまち ください。 じゅうしょ を ナビ に にゅうりょく します。
ko: 잠시만 기다려 주세요. 주소를 내비게이션에 입력하겠습니다.
ko_reading: jamsiman gidaryeo juseyo. jusoreul naebigeisyeone imnyeokagetseumnida.
note: 停着车再输入导航，不要边开车边操作手机。
register: polite
tags: destination navigation safety

id: taxi-01-013
lesson: taxi-01
zh: 您几位？
zh_reading: nín jǐ wèi?
en: How many of you are there?
en_alt: How many people?
ja: 何名様ですか。
ja_reading: nanmei-sama desu ka.
ja_kana: なんめいさまです か。
ko: 몇 분이세요?
ko_reading: myeot buniseyo?
note: 客人一群人站在车边时问。"How many people?" 也能懂，但 "How many of you are there?"
+ 更自然。
register: polite
tags: pickup

id: taxi-01-014
lesson: taxi-01
zh: 对不起，这辆车最多只能坐四位乘客。
zh_reading: duìbuqǐ, zhè liàng chē zuìduō zhǐ néng zuò sì wèi chéngkè.
en: I'm sorry, I can only take four passengers.
en_alt: Sorry, this car only takes four passengers.
ja: 申し訳ございません。この車は4名様までです。
ja_reading: mōshiwake gozaimasen. kono kuruma wa yonmei-sama made desu.
ja_kana: もうしわけございません。 この くるま は よんめいさま までです。
ko: 죄송합니다. 이 차는 네 분까지만 타실 수 있습니다.
ko_reading: joesonghamnida. i chaneun ne bunkkajiman tasil su itseumnida.
note: 按车辆核定的载客人数说；超员违法，也不安全。可以建议客人分乘两辆车。
register: polite
tags: pickup safety

id: taxi-01-015
lesson: taxi-01
zh: 这车空着吗？
zh_reading: zhè chē kòngzhe ma?
en: Are you available?
en_alt: Are you free?
ja: 空車ですか。
ja_reading: kūsha desu ka.
ja_kana: くうしゃです か。
ko: 빈 차예요?
ko_reading: bin chayeyo?
note: 客人说的话，问车上有没有人、能不能载客。可以回答 "Yes, please get in."。
register: neutral
tags: pickup guest

# ---- 第2课：常去的地点 ----

id: taxi-02-001
lesson: taxi-02
zh: 您坐哪家航空公司？
zh_reading: nín zuò nǎ jiā hángkōng gōngsī?
en: Which airline are you flying with?
en_alt: Which airline, please?
ja: どちらの航空会社をご利用ですか。
ja_reading: dochira no kōkū-gaisha o goriyō desu ka.
ja_kana: どちら の こうくうがいしゃ を ごりようです か。
ko: 어느 항공사를 이용하세요?
ko_reading: eoneu hanggongsareul iyonghaseyo?
note: 青岛胶东国际机场只有一座航站楼，国内和国际航班都从这里出发。问清航空公司，
+ 就能停在离它的值机柜台近的门口；也可以请客人给你看机票或航班信息。
register: polite
tags: places airport
local: 青岛胶东国际机场只有一座航站楼（国内、国际航班同楼），所以问航空公司，不问航站楼
local_source: 新华社 2021 年 8 月 12 日 青岛胶东国际机场启用报道（http://en.people.cn/n3/2021/0813/c90000-9883647.html）；《中国日报》2017 年 3 月 7 日 New airport set to reshape regional aviation（机场在胶州，离市中心约 39 公里，一期一座航站楼）；青岛国际机场集团 青岛胶东国际机场官方网站 交通指南

id: taxi-02-002
lesson: taxi-02
zh: 去机场，我坐国际航班。
zh_reading: qù jīchǎng, wǒ zuò guójì hángbān.
en: To the airport, please. I'm on an international flight.
en_alt: The airport, please. It's an international flight.
ja: 空港までお願いします。国際線です。
ja_reading: kūkō made onegai shimasu. kokusaisen desu.
ja_kana: くうこう まで おねがい します。 こくさいせんです。
ko: 공항으로 가 주세요. 국제선이에요.
ko_reading: gonghangeuro ga juseyo. gukjeseonieyo.
note: 客人说的话。international flight 是国际航班，domestic flight 是国内航班。
+ 青岛胶东国际机场的国内、国际航班在同一座航站楼，再问一句航空公司，停在对应的门口。
register: polite
tags: places airport guest
local: 青岛胶东国际机场：国内、国际航班同在一座航站楼
local_source: 新华社 2021 年 8 月 12 日 青岛胶东国际机场启用报道（http://en.people.cn/n3/2021/0813/c90000-9883647.html）；《中国日报》2017 年 3 月 7 日 New airport set to reshape regional aviation（机场在胶州，离市中心约 39 公里，一期一座航站楼）；青岛国际机场集团 青岛胶东国际机场官方网站 交通指南

id: taxi-02-003
lesson: taxi-02
zh: 您坐国内航班还是国际航班？
zh_reading: nín zuò guónèi hángbān háishi guójì hángbān?
en: Are you flying domestic or international?
en_alt: Is it a domestic or an international flight?
ja: 国内線ですか、国際線ですか。
ja_reading: kokunaisen desu ka, kokusaisen desu ka.
ja_kana: こくないせんです か、 こくさいせんです か。
ko: 국내선이세요, 국제선이세요?
ko_reading: gungnaeseoniseyo, gukjeseoniseyo?
note: 客人没说清航班时问这句；在青岛胶东国际机场再问航空公司，停在离值机柜台近的门口。
register: polite
tags: places airport
local: 青岛胶东国际机场只有一座航站楼，国内、国际航班都在这里
local_source: 新华社 2021 年 8 月 12 日 青岛胶东国际机场启用报道（http://en.people.cn/n3/2021/0813/c90000-9883647.html）；《中国日报》2017 年 3 月 7 日 New airport set to reshape regional aviation（机场在胶州，离市中心约 39 公里，一期一座航站楼）；青岛国际机场集团 青岛胶东国际机场官方网站 交通指南

id: taxi-02-004
lesson: taxi-02
zh: 去哪个火车站？青岛站还是青岛北站？
zh_reading: qù nǎge huǒchēzhàn? Qīngdǎo Zhàn háishi Qīngdǎo Běi Zhàn?
en: Which station? Qingdao Station or Qingdao North?
en_alt: Which station, please?
ja: どちらの駅ですか。青島駅ですか、青島北駅ですか。
ja_reading: dochira no eki desu ka. chintao eki desu ka, chintao kita eki desu ka.
ja_kana: どちら の えきです か。 チンタオ えきです か、 チンタオ きた えきです か。
ko: 어느 역으로 가세요? 칭다오역이요, 칭다오북역이요?
ko_reading: eoneu yeogeuro gaseyo? chingdaoyeogiyo, chingdaobugyeogiyo?
note: 青岛有好几个火车站：青岛站在老城区，青岛北站是高铁枢纽，
+ 还有黄岛的青岛西站、红岛站等。客人只说 "the train station" 时一定要问清楚，
+ 最好看一眼客人的车票。
register: polite
tags: places station
local: 青岛的火车站：青岛站（市南区老城）、青岛北站（李沧区）、青岛西站（黄岛）、红岛站等；区名据百科条目，未按青岛市人民政府公布的核对，所以注释里不说区名
local_source: 中国国家铁路集团有限公司 12306 车站信息（站名）；Wikipedia: Qingdao railway station、Qingdao North railway station（所在的区）；青岛市人民政府网站（未核对）

id: taxi-02-005
lesson: taxi-02
zh: 是去邮轮码头吗？
zh_reading: shì qù yóulún mǎtou ma?
en: To the cruise terminal?
en_alt: The cruise terminal, right?
ja: クルーズターミナルまでですね。
ja_reading: kurūzu tāminaru made desu ne.
ja_kana: クルーズ ターミナル までです ね。
ko: 크루즈 터미널로 가시는 거죠?
ko_reading: keurujeu teomineollo gasineun geojyo?
note: 邮轮码头（cruise terminal）和轮渡码头（ferry terminal）不是一个地方。客人说 "port"
+ 或 "pier" 时要问清楚是哪一个。
register: polite
tags: places port
local: 青岛的邮轮码头：青岛邮轮母港（地址按青岛港公布的为准）；和轮渡码头不是一个地方
local_source: 青岛港（集团）有限公司 青岛邮轮母港；青岛市交通运输局 水路客运信息

id: taxi-02-006
lesson: taxi-02
zh: 请送我去轮渡码头。
zh_reading: qǐng sòng wǒ qù lúndù mǎtou.
en: Could you take me to the ferry terminal, please?
en_alt: The ferry terminal, please.
ja: フェリーターミナルまでお願いします。
ja_reading: ferī tāminaru made onegai shimasu.
ja_kana: フェリー ターミナル まで おねがい します。
ko: 페리 터미널까지 가 주세요.
ko_reading: peri teomineolkkaji ga juseyo.
note: 客人说的话。ferry 是轮渡、渡轮；有几个轮渡码头时，问客人坐哪条航线。
register: polite
tags: places port guest
local: 青岛的轮渡：市区和黄岛（西海岸新区）之间的轮渡；码头名称和航线按轮渡公布的为准
local_source: 青岛港（集团）有限公司 青岛邮轮母港；青岛市交通运输局 水路客运信息

id: taxi-02-007
lesson: taxi-02
zh: 您去哪家医院？
zh_reading: nín qù nǎ jiā yīyuàn?
en: Which hospital would you like to go to?
en_alt: Which hospital, please?
ja: どちらの病院ですか。
ja_reading: dochira no byōin desu ka.
ja_kana: どちら の びょういんです か。
ko: 어느 병원으로 가세요?
ko_reading: eoneu byeongwoneuro gaseyo?
note: 客人看起来病得很重时不要耽误时间，先问 "Is it an emergency?"，必要时打 120。
register: polite
tags: places hospital

id: taxi-02-008
lesson: taxi-02
zh: 您要去有国际门诊的医院吗？
zh_reading: nín yào qù yǒu guójì ménzhěn de yīyuàn ma?
en: Would you like a hospital with an international clinic?
ja: 国際診療部のある病院がよろしいですか。
ja_reading: kokusai shinryōbu no aru byōin ga yoroshii desu ka.
ja_kana: こくさい しんりょうぶ の ある びょういん が よろしいです か。
ko: 국제 진료센터가 있는 병원으로 가시겠어요?
ko_reading: gukje jillyosenteoga inneun byeongwoneuro gasigesseoyo?
note: 一些大医院设有国际医疗部或国际门诊，有外语服务。不清楚哪家有时不要乱保证，
+ 可以请客人打电话问酒店或保险公司。
register: polite
tags: places hospital
local: 青岛设国际门诊（国际医疗部）的医院：按所在位置填写，不确定就不说
local_source: 青岛市卫生健康委员会 医疗机构信息

id: taxi-02-009
lesson: taxi-02
zh: 请去领事馆。
zh_reading: qǐng qù lǐngshìguǎn.
en: The consulate, please.
en_alt: To the consulate, please.
ja: 領事館までお願いします。
ja_reading: ryōjikan made onegai shimasu.
ja_kana: りょうじかん まで おねがい します。
ko: 영사관으로 가 주세요.
ko_reading: yeongsagwaneuro ga juseyo.
note: 客人说的话。consulate 是领事馆；embassy 是大使馆，一般在首都。
register: polite
tags: places guest

id: taxi-02-010
lesson: taxi-02
zh: 哪个国家的领事馆？
zh_reading: nǎge guójiā de lǐngshìguǎn?
en: Which country's consulate?
en_alt: Which consulate, please?
ja: どちらの国の領事館ですか。
ja_reading: dochira no kuni no ryōjikan desu ka.
ja_kana: どちら の くに の りょうじかんです か。
ko: 어느 나라 영사관으로 가세요?
ko_reading: eoneu nara yeongsagwaneuro gaseyo?
note: 各国领事馆地址不同，一定要问清国家。不要凭客人的长相猜他是哪国人。
register: polite
tags: places
local: 在青岛设总领事馆的国家（如韩国、日本）；别国客人多要去北京的使馆或别处的领事馆
local_source: 中华人民共和国外交部 外国驻华使领馆名录；在青岛日本国总领事馆网站（https://www.qingdao.cn.emb-japan.go.jp/）；驻青岛大韩民国总领事馆

id: taxi-02-011
lesson: taxi-02
zh: 我想去老城区。
zh_reading: wǒ xiǎng qù lǎochéngqū.
en: I'd like to go to the old town.
ja: 旧市街に行きたいです。
ja_reading: kyūshigai ni ikitai desu.
ja_kana: きゅうしがい に いきたいです。
ko: 구시가지에 가고 싶어요.
ko_reading: gusigajie gago sipeoyo.
note: 客人说的话。old town 指老城区、历史街区，范围较大，可以再问 "Anywhere in particular?"
register: neutral
tags: places landmarks guest

id: taxi-02-012
lesson: taxi-02
zh: 您说的是市博物馆吗？
zh_reading: nín shuō de shì shì bówùguǎn ma?
en: Do you mean the city museum?
ja: 市立博物館のことですか。
ja_reading: shiritsu hakubutsukan no koto desu ka.
ja_kana: しりつ はくぶつかん の ことです か。
ko: 시립 박물관 말씀이세요?
ko_reading: sirip bangmulgwan malsseumiseyo?
note: 景点的英文名常常和中文名不一样。没把握时用 "Do you mean ...?" 确认，或者请客人
+ 给你看照片、地图。
register: polite
tags: places landmarks understanding

id: taxi-02-013
lesson: taxi-02
zh: 步行街不能开车进去，我送您到入口。
zh_reading: bùxíngjiē bù néng kāichē jìnqu, wǒ sòng nín dào rùkǒu.
en: Cars aren't allowed on the pedestrian street, so I'll drop you at the entrance.
en_alt: I can't drive into the pedestrian street, but I'll take you to the entrance.
ja: 歩行者専用の通りには車が入れませんので、入口までお送りいたします。
ja_reading: hokōsha sen'yō no tōri ni wa kuruma ga hairemasen node, iriguchi made ookuri itashimasu.
ja_kana: ほこうしゃ せんよう の とおり に は くるま が はいれません ので、 いりぐち まで おおくりいたします。
ko: 보행자 거리에는 차가 들어갈 수 없어서 입구까지 모셔다 드리겠습니다.
ko_reading: bohaengja georieneun chaga deureogal su eopseoseo ipgukkaji mosyeoda deurigetseumnida.
note: 先说原因，再说你会停在哪里，客人就不会觉得你不愿意送到。
register: polite
tags: places landmarks

id: taxi-02-014
lesson: taxi-02
zh: 这个酒店在市里有两家，您住哪一家？
zh_reading: zhège jiǔdiàn zài shì lǐ yǒu liǎng jiā, nín zhù nǎ yì jiā?
en: That hotel has two locations in the city. Which one are you staying at?
en_alt: There are two of those hotels in the city. Which one are you staying at?
ja: そのホテルは市内に2か所ありますが、どちらにお泊まりですか。
ja_reading: sono hoteru wa shinai ni nikasho arimasu ga, dochira ni otomari desu ka.
ja_kana: その ホテル は しない に にかしょ あります が、 どちら に おとまりです か。
ko: 그 호텔은 시내에 두 곳이 있는데, 어느 호텔에 묵으세요?
ko_reading: geu hotereun sinaee du gosi inneunde, eoneu hotere mugeuseyo?
note: 连锁酒店在同一个城市常有好几家，英文名几乎一样，一定要看订单上的地址。
register: polite
tags: places hotel

id: taxi-02-015
lesson: taxi-02
zh: 是这个地方吗？
zh_reading: shì zhège dìfang ma?
en: Is this the place?
en_alt: Is this where you want to go?
ja: こちらの場所でよろしいですか。
ja_reading: kochira no basho de yoroshii desu ka.
ja_kana: こちら の ばしょ で よろしいです か。
ko: 여기 맞습니까?
ko_reading: yeogi matseumnikka?
note: 一边说一边把导航或地图上的位置给客人看，比用英语描述更清楚。
register: polite
tags: places destination

# ---- 第3课：路线与路况 ----

id: taxi-03-001
lesson: taxi-03
zh: 现在路上很堵。
zh_reading: xiànzài lùshang hěn dǔ.
en: The traffic is heavy right now.
en_alt: Traffic is bad right now.
ja: 今、道がかなり混んでいます。
ja_reading: ima, michi ga kanari konde imasu.
ja_kana: いま、 みち が かなり こんで います。
ko: 지금 길이 많이 막힙니다.
ko_reading: jigeum giri mani makimnida.
note: 堵车时主动告诉客人；客人赶时间的话，可以一起商量其他办法（比如换乘地铁）。
register: neutral
tags: route traffic

id: taxi-03-002
lesson: taxi-03
zh: 大概要三十分钟。
zh_reading: dàgài yào sānshí fēnzhōng.
en: It'll take about thirty minutes.
en_alt: About thirty minutes.
ja: 30分ほどかかります。
ja_reading: sanjuppun hodo kakarimasu.
ja_kana: さんじゅっぷん ほど かかります。
ko: 30분 정도 걸립니다.
ko_reading: samsip bun jeongdo geollimnida.
note: 时间只说大概，加 "about"。thirty（30）和 thirteen（13）容易听混，可以同时指给客人
+ 看导航上的时间。
register: neutral
tags: route time

id: taxi-03-003
lesson: taxi-03
zh: 走高速要另付过路费，可以吗？
zh_reading: zǒu gāosù yào lìng fù guòlùfèi, kěyǐ ma?
en: If we take the expressway, there's a toll. Is that all right?
en_alt: There's a toll on the expressway. Is that okay?
ja: 高速道路を使うと通行料がかかりますが、よろしいですか。
ja_reading: kōsoku dōro o tsukau to tsūkōryō ga kakarimasu ga, yoroshii desu ka.
ja_kana: こうそく どうろ を つかう と つうこうりょう が かかります が、 よろしいです か。
ko: 고속도로로 가면 통행료가 있는데 괜찮으세요?
ko_reading: gosokdororo gamyeon tonghaengnyoga inneunde gwaenchaneuseyo?
note: 本市运价规定通行费由乘客另付时才这样问。上收费路之前先问，
+ 到了目的地就不会有争执。
register: polite
tags: route toll
local: 收费路段（高速公路、胶州湾大桥等）的通行费由乘客另付：按青岛市现行出租汽车运价规定核对（未核对）
local_source: 青岛市巡游出租汽车运价标准（通行费由谁付，现行文本未核对）；山东省交通运输厅 收费公路信息公开

id: taxi-03-004
lesson: taxi-03
zh: 走高速快一些，但是贵一点。
zh_reading: zǒu gāosù kuài yìxiē, dànshì guì yìdiǎn.
en: The expressway is quicker, but it costs a bit more.
ja: 高速のほうが早いですが、料金は少し高くなります。
ja_reading: kōsoku no hō ga hayai desu ga, ryōkin wa sukoshi takaku narimasu.
ja_kana: こうそく の ほう が はやいです が、 りょうきん は すこし たかく なります。
ko: 고속도로가 더 빠르지만 요금이 조금 더 나옵니다.
ko_reading: gosokdoroga deo ppareujiman yogeumi jogeum deo naomnida.
note: 把两条路的时间和费用都告诉客人，让客人自己决定。
register: neutral
tags: route toll

id: taxi-03-005
lesson: taxi-03
zh: 请不要走高速。
zh_reading: qǐng búyào zǒu gāosù.
en: Please don't take the expressway.
en_alt: No expressway, please.
ja: 高速道路は使わないでください。
ja_reading: kōsoku dōro wa tsukawanaide kudasai.
ja_kana: こうそく どうろ は つかわないで ください。
ko: 고속도로 말고 일반 도로로 가 주세요.
ko_reading: gosokdoro malgo ilban dororo ga juseyo.
note: 客人说的话。客人也可能说 highway（美式）或 motorway（英式），都是高速公路。
register: polite
tags: route toll guest

id: taxi-03-006
lesson: taxi-03
zh: 我赶时间，六点的飞机。
zh_reading: wǒ gǎn shíjiān, liù diǎn de fēijī.
en: I'm in a hurry. My flight is at six.
ja: 急いでいます。6時の飛行機なんです。
ja_reading: isoide imasu. rokuji no hikōki nan desu.
ja_kana: いそいで います。 ろくじ の ひこうき なんです。
ko: 제가 좀 급해요. 6시 비행기예요.
ko_reading: jega jom geupaeyo. yeoseot si bihaenggiyeyo.
note: 客人说的话。听到 "in a hurry" 要如实告诉客人预计到达时间，不要为了赶时间违章。
register: neutral
tags: route time guest

id: taxi-03-007
lesson: taxi-03
zh: 我尽量快，但安全第一。
zh_reading: wǒ jǐnliàng kuài, dàn ānquán dì-yī.
en: I'll be as quick as I can, but safety comes first.
ja: できるだけ急ぎますが、安全運転で参ります。
ja_reading: dekiru dake isogimasu ga, anzen unten de mairimasu.
ja_kana: できるだけ いそぎます が、 あんぜん うんてん で まいります。
ko: 최대한 빨리 가겠습니다만, 안전이 우선입니다.
ko_reading: choedaehan ppalli gagetseumnidaman, anjeoni useonimnida.
note: 不要随口保证 "We'll make it."；告诉客人预计时间，让客人自己判断（见本课礼仪题）。
register: polite
tags: route time safety

id: taxi-03-008
lesson: taxi-03
zh: 前面在修路，我们绕一下。
zh_reading: qiánmiàn zài xiū lù, wǒmen rào yíxià.
en: There's roadwork ahead, so we'll take a detour.
en_alt: There's construction ahead, so I'll go another way.
ja: この先が工事中なので、迂回します。
ja_reading: kono saki ga kōjichū na node, ukai shimasu.
ja_kana: この さき が こうじちゅうな ので、 うかい します。
ko: 앞에 공사 중이라서 돌아가겠습니다.
ko_reading: ape gongsa jungiraseo doragagetseumnida.
note: 绕路之前先说明原因，否则客人可能以为你故意绕远。
register: neutral
tags: route traffic

id: taxi-03-009
lesson: taxi-03
zh: 您有想走的路线吗？
zh_reading: nín yǒu xiǎng zǒu de lùxiàn ma?
en: Do you have a preferred route?
en_alt: Is there a route you'd prefer?
ja: ご希望のルートはありますか。
ja_reading: gokibō no rūto wa arimasu ka.
ja_kana: ごきぼう の ルート は あります か。
ko: 원하시는 길이 있으세요?
ko_reading: wonhasineun giri isseuseyo?
note: 常住本地的外国客人可能有自己习惯的路线，问一句显得尊重。
register: polite
tags: route

id: taxi-03-010
lesson: taxi-03
zh: 您要在路的哪一边下车？
zh_reading: nín yào zài lù de nǎ yì biān xià chē?
en: Which side of the road would you like to be dropped off on?
en_alt: Which side of the road, please?
ja: 道路のどちら側でお降りになりますか。
ja_reading: dōro no dochira-gawa de oori ni narimasu ka.
ja_kana: どうろ の どちらがわ で おおり に なります か。
ko: 길 어느 쪽에서 내리시겠어요?
ko_reading: gil eoneu jjogeseo naerisigesseoyo?
note: 目的地在马路对面时问清楚，免得客人下车后还要横穿马路。
register: polite
tags: route destination

id: taxi-03-011
lesson: taxi-03
zh: 您要到哪个门？
zh_reading: nín yào dào nǎge mén?
en: Which entrance would you like?
en_alt: Which gate, please?
ja: どちらの入口までお送りしましょうか。
ja_reading: dochira no iriguchi made ookuri shimashō ka.
ja_kana: どちら の いりぐち まで おおくり しましょう か。
ko: 어느 입구로 모실까요?
ko_reading: eoneu ipguro mosilkkayo?
note: 机场、医院、大学、公园、商场常有好几个门，问清楚能帮客人省不少路。
register: polite
tags: route destination

id: taxi-03-012
lesson: taxi-03
zh: 请在这里左转。
zh_reading: qǐng zài zhèlǐ zuǒ zhuǎn.
en: Turn left here, please.
en_alt: Left here, please.
ja: ここを左に曲がってください。
ja_reading: koko o hidari ni magatte kudasai.
ja_kana: ここ を ひだり に まがって ください。
ko: 여기서 좌회전해 주세요.
ko_reading: yeogiseo jwahoejeonhae juseyo.
note: 客人说的话。turn left 左转，turn right 右转。客人常常一边说一边用手指，要看清楚。
register: polite
tags: route directions guest

id: taxi-03-013
lesson: taxi-03
zh: 请一直往前开。
zh_reading: qǐng yìzhí wǎng qián kāi.
en: Keep going straight, please.
en_alt: Straight on, please.
ja: このまままっすぐ行ってください。
ja_reading: kono mama massugu itte kudasai.
ja_kana: この まま まっすぐ いって ください。
ko: 계속 직진해 주세요.
ko_reading: gyesok jikjinhae juseyo.
note: 客人说的话。"straight on"（英式）和 "straight ahead" 都是一直往前。
register: polite
tags: route directions guest

id: taxi-03-014
lesson: taxi-03
zh: 这里不能掉头，我到下个路口再转。
zh_reading: zhèlǐ bù néng diàotóu, wǒ dào xià ge lùkǒu zài zhuǎn.
en: I can't make a U-turn here, so I'll turn at the next intersection.
en_alt: No U-turns here, so I'll turn at the next junction.
ja: ここではUターンできないので、次の交差点で曲がります。
ja_reading: koko de wa yū-tān dekinai node, tsugi no kōsaten de magarimasu.
ja_kana: ここ で は ユーターン できない ので、 つぎ の こうさてん で まがります。
ko: 여기서는 유턴이 안 돼서 다음 교차로에서 돌겠습니다.
ko_reading: yeogiseoneun yuteoni an dwaeseo daeum gyocharoeseo dolgetseumnida.
note: 客人要求违章掉头或停车时，用"原因＋替代办法"的说法婉拒。
register: neutral
tags: route directions

id: taxi-03-015
lesson: taxi-03
zh: 快到了吗？
zh_reading: kuài dào le ma?
en: Are we nearly there?
en_alt: Are we almost there?
ja: もうすぐ着きますか。
ja_reading: mō sugu tsukimasu ka.
ja_kana: もうすぐ つきます か。
ko: 거의 다 왔어요?
ko_reading: geoui da wasseoyo?
note: 客人说的话。回答时说具体时间，例如 "About five more minutes."。
register: neutral
tags: route time guest

id: taxi-03-016
lesson: taxi-03
zh: 还有五分钟左右就到了。
zh_reading: hái yǒu wǔ fēnzhōng zuǒyòu jiù dào le.
en: We'll be there in about five minutes.
en_alt: About five more minutes.
ja: あと5分ほどで着きます。
ja_reading: ato gofun hodo de tsukimasu.
ja_kana: あと ごふん ほど で つきます。
ko: 5분 정도면 도착합니다.
ko_reading: o bun jeongdomyeon dochakamnida.
note: 英语 "in five minutes" 是"再过五分钟"的意思。
register: neutral
tags: route time

id: taxi-03-017
lesson: taxi-03
zh: 对不起，您说的是十三还是三十？
zh_reading: duìbuqǐ, nín shuō de shì shísān háishi sānshí?
en: Sorry, did you say thirteen or thirty?
en_alt: Sorry, was that thirteen or thirty?
note: 只用于英语：-teen 结尾的数字重音在后（thir-TEEN），-ty 结尾的重音在前（THIR-ty）。
+ 门牌号、时间听不准时就这样问，或者请客人写下来。
register: polite
tags: numbers understanding

# ---- 第4课：安全与舒适 ----

id: taxi-04-001
lesson: taxi-04
zh: 请系好安全带。
zh_reading: qǐng jì hǎo ānquándài.
en: Please fasten your seat belt.
en_alt: Please put on your seat belt.
ja: シートベルトをお締めください。
ja_reading: shītoberuto o oshime kudasai.
ja_kana: シートベルト を おしめ ください。
ko: 안전벨트를 매 주세요.
ko_reading: anjeonbelteureul mae juseyo.
note: 后排乘客也应当系安全带，出发前提醒一次就够了。"系"在这里读 jì。
register: polite
tags: safety

id: taxi-04-002
lesson: taxi-04
zh: 我找不到安全带的插扣。
zh_reading: wǒ zhǎo bu dào ānquándài de chākòu.
en: I can't find the seat belt buckle.
ja: シートベルトの留め具が見つかりません。
ja_reading: shītoberuto no tomegu ga mitsukarimasen.
ja_kana: シートベルト の とめぐ が みつかりません。
ko: 안전벨트 버클을 못 찾겠어요.
ko_reading: anjeonbelteu beokeureul mot chatgesseoyo.
note: 客人说的话。buckle 是安全带的插扣。
register: neutral
tags: safety guest

id: taxi-04-003
lesson: taxi-04
zh: 插扣在两个座位中间。
zh_reading: chākòu zài liǎng ge zuòwèi zhōngjiān.
en: The buckle is down between the seats.
ja: 留め具は座席の間にあります。
ja_reading: tomegu wa zaseki no aida ni arimasu.
ja_kana: とめぐ は ざせき の あいだ に あります。
ko: 버클은 좌석 사이에 있습니다.
ko_reading: beokeureun jwaseok saie itseumnida.
note: 用手指给客人看位置就好，不要探身过去替客人系，避免身体接触。
register: neutral
tags: safety

id: taxi-04-004
lesson: taxi-04
zh: 车里的温度合适吗？
zh_reading: chē lǐ de wēndù héshì ma?
en: Is the temperature all right for you?
en_alt: Is the temperature okay?
ja: 車内の温度はいかがですか。
ja_reading: shanai no ondo wa ikaga desu ka.
ja_kana: しゃない の おんど は いかがです か。
ko: 차 안 온도 괜찮으세요?
ko_reading: cha an ondo gwaenchaneuseyo?
note: 客人上车后主动问一句，比等客人自己开口更显周到。
register: polite
tags: comfort

id: taxi-04-005
lesson: taxi-04
zh: 要开空调吗？
zh_reading: yào kāi kōngtiáo ma?
en: Would you like the air conditioning on?
en_alt: Shall I turn on the air conditioning?
en_alt: Would you like the AC on?
ja: エアコンをおつけしましょうか。
ja_reading: eakon o otsuke shimashō ka.
ja_kana: エアコン を おつけ しましょう か。
ko: 에어컨 켜 드릴까요?
ko_reading: eeokeon kyeo deurilkkayo?
note: 美国人常说 "AC"，英国人常说 "air con"，都是空调。
register: polite
tags: comfort

id: taxi-04-006
lesson: taxi-04
zh: 能再凉快一点吗？
zh_reading: néng zài liángkuai yìdiǎn ma?
en: Could you make it a bit cooler, please?
ja: もう少し涼しくしていただけますか。
ja_reading: mō sukoshi suzushiku shite itadakemasu ka.
ja_kana: もうすこし すずしく して いただけます か。
ko: 조금 더 시원하게 해 주시겠어요?
ko_reading: jogeum deo siwonhage hae jusigesseoyo?
note: 客人说的话。客人说 "turn the AC down" 时，可能是要调低温度，也可能是要风小一点，
+ 不确定就问一句。
register: polite
tags: comfort guest

id: taxi-04-007
lesson: taxi-04
zh: 有点冷，能把暖风开大一点吗？
zh_reading: yǒudiǎn lěng, néng bǎ nuǎnfēng kāi dà yìdiǎn ma?
en: It's a bit cold. Could you turn up the heat?
en_alt: It's a little cold. Could you turn the heating up?
ja: 少し寒いので、暖房を強めていただけますか。
ja_reading: sukoshi samui node, danbō o tsuyomete itadakemasu ka.
ja_kana: すこし さむい ので、 だんぼう を つよめて いただけます か。
ko: 좀 추운데 히터 좀 더 세게 틀어 주시겠어요?
ko_reading: jom chuunde hiteo jom deo sege teureo jusigesseoyo?
note: 客人说的话。heat、heater、heating 都指暖风。
register: polite
tags: comfort guest

id: taxi-04-008
lesson: taxi-04
zh: 我可以开窗吗？
zh_reading: wǒ kěyǐ kāi chuāng ma?
en: Do you mind if I open the window?
en_alt: Can I open the window?
ja: 窓を開けてもいいですか。
ja_reading: mado o akete mo ii desu ka.
ja_kana: まど を あけて も いいです か。
ko: 창문 좀 열어도 될까요?
ko_reading: changmun jom yeoreodo doelkkayo?
note: 客人说的话。"Do you mind if ...?" 问的是"您介意吗"：同意时回答 "Not at all." 或
+ "Go ahead."；回答 "Yes" 反而是"我介意"。
register: polite
tags: comfort guest

id: taxi-04-009
lesson: taxi-04
zh: 可以，车窗按钮在车门上。
zh_reading: kěyǐ, chēchuāng ànniǔ zài chēmén shang.
en: Go ahead. The window button is on the door.
en_alt: Sure, the button is on the door.
ja: どうぞ。窓のボタンはドアにあります。
ja_reading: dōzo. mado no botan wa doa ni arimasu.
ja_kana: どうぞ。 まど の ボタン は ドア に あります。
ko: 네, 그러세요. 창문 버튼은 문에 있습니다.
ko_reading: ne, geureoseyo. changmun beoteuneun mune itseumnida.
note: 车窗由司机控制时，可以说 "Let me open it for you."。
register: polite
tags: comfort

id: taxi-04-010
lesson: taxi-04
zh: 音乐声音大吗？要不要关小一点？
zh_reading: yīnyuè shēngyīn dà ma? yào bu yào guān xiǎo yìdiǎn?
en: Is the music too loud? Shall I turn it down?
ja: 音楽の音量は大きすぎませんか。小さくしましょうか。
ja_reading: ongaku no onryō wa ōkisugimasen ka. chiisaku shimashō ka.
ja_kana: おんがく の おんりょう は おおきすぎません か。 ちいさく しましょう か。
ko: 음악 소리가 크지 않으세요? 줄여 드릴까요?
ko_reading: eumak soriga keuji aneuseyo? juryeo deurilkkayo?
note: 载客时最好把广播、音乐关小或关掉；不要外放视频，也不要长时间打私人电话。
register: polite
tags: comfort

id: taxi-04-011
lesson: taxi-04
zh: 能把音乐关掉吗？
zh_reading: néng bǎ yīnyuè guāndiào ma?
en: Could you turn the music off, please?
ja: 音楽を止めていただけますか。
ja_reading: ongaku o tomete itadakemasu ka.
ja_kana: おんがく を とめて いただけます か。
ko: 음악 좀 꺼 주시겠어요?
ko_reading: eumak jom kkeo jusigesseoyo?
note: 客人说的话。马上照做，说一声 "Of course."，不要问为什么。
register: polite
tags: comfort guest

id: taxi-04-012
lesson: taxi-04
zh: 对不起，车内不能吸烟。
zh_reading: duìbuqǐ, chē nèi bù néng xīyān.
en: I'm sorry, smoking isn't allowed in the car.
en_alt: Sorry, no smoking in the car, please.
ja: 申し訳ございませんが、車内は禁煙となっております。
ja_reading: mōshiwake gozaimasen ga, shanai wa kin'en to natte orimasu.
ja_kana: もうしわけございません が、 しゃない は きんえん と なって おります。
ko: 죄송하지만 차 안에서는 담배를 피우실 수 없습니다.
ko_reading: joesonghajiman cha aneseoneun dambaereul piusil su eopseumnida.
note: 《青岛市控制吸烟条例》禁止在出租汽车等公共交通工具内吸烟；司机自己载客时也不要
+ 吸烟。语气要客气，后面可以接下一句，给客人一个替代办法。
register: polite
tags: safety smoking
local: 出租汽车内禁止吸烟（《青岛市控制吸烟条例》）
local_source: 《青岛市控制吸烟条例》（青岛市人大常委会 2013 年 6 月 27 日通过，2013 年 9 月 1 日起施行）；条文号未按正式文本核对，不写

id: taxi-04-013
lesson: taxi-04
zh: 您想抽烟的话，我可以在前面停一下。
zh_reading: nín xiǎng chōuyān dehuà, wǒ kěyǐ zài qiánmiàn tíng yíxià.
en: If you'd like to smoke, I can stop up ahead for a moment.
ja: おたばこでしたら、この先で少し停めましょうか。
ja_reading: otabako deshitara, kono saki de sukoshi tomemashō ka.
ja_kana: おたばこでしたら、 この さき で すこし とめましょう か。
ko: 담배를 피우시려면 앞에서 잠깐 세워 드릴까요?
ko_reading: dambaereul piusiryeomyeon apeseo jamkkan sewo deurilkkayo?
note: 拒绝之后给一个替代办法，客人更容易接受。停车等候时计价器照常计费，要先说明。
register: polite
tags: smoking

id: taxi-04-014
lesson: taxi-04
zh: 有儿童安全座椅吗？
zh_reading: yǒu értóng ānquán zuòyǐ ma?
en: Do you have a child seat?
en_alt: Do you have a car seat for my child?
ja: チャイルドシートはありますか。
ja_reading: chairudo shīto wa arimasu ka.
ja_kana: チャイルド シート は あります か。
ko: 어린이 카시트 있어요?
ko_reading: eorini kasiteu isseoyo?
note: 客人说的话。美国人常说 "car seat"，英国人常说 "child seat"。
register: neutral
tags: safety children guest

id: taxi-04-015
lesson: taxi-04
zh: 对不起，这辆车没有儿童座椅。
zh_reading: duìbuqǐ, zhè liàng chē méiyǒu értóng zuòyǐ.
en: I'm sorry, this car doesn't have a child seat.
ja: 申し訳ございません。この車にはチャイルドシートがございません。
ja_reading: mōshiwake gozaimasen. kono kuruma ni wa chairudo shīto ga gozaimasen.
ja_kana: もうしわけございません。 この くるま に は チャイルド シート がございません。
ko: 죄송합니다. 이 차에는 카시트가 없습니다.
ko_reading: joesonghamnida. i chaeneun kasiteuga eopseumnida.
note: 如实说明，由家长决定坐不坐；可以建议孩子坐后排并系好安全带。
register: polite
tags: safety children

id: taxi-04-016
lesson: taxi-04
zh: 开门的时候请注意后面来的车。
zh_reading: kāi mén de shíhou qǐng zhùyì hòumiàn lái de chē.
en: Please check for traffic behind before you open the door.
en_alt: Please watch out for bikes and cars when you open the door.
ja: ドアを開けるときは、後ろから来る車や自転車にご注意ください。
ja_reading: doa o akeru toki wa, ushiro kara kuru kuruma ya jitensha ni gochūi kudasai.
ja_kana: ドア を あける とき は、 うしろ から くる くるま や じてんしゃ に ごちゅうい ください。
ko: 문 여실 때 뒤에서 오는 차나 자전거를 조심하세요.
ko_reading: mun yeosil ttae dwieseo oneun chana jajeongeoreul josimhaseyo.
note: 开门撞到电动车、自行车是常见事故。请客人从人行道一侧（右侧）下车；日本、英国等
+ 靠左行驶国家的客人习惯从另一侧下车，要特别提醒。
register: polite
tags: safety arrival

id: taxi-04-017
lesson: taxi-04
zh: 这里有手机充电线，需要的话可以用。
zh_reading: zhèlǐ yǒu shǒujī chōngdiànxiàn, xūyào dehuà kěyǐ yòng.
en: There's a phone charger here if you need it.
ja: 充電ケーブルがございますので、よろしければお使いください。
ja_reading: jūden kēburu ga gozaimasu node, yoroshikereba otsukai kudasai.
ja_kana: じゅうでん ケーブル が ございます ので、 よろしければ おつかい ください。
ko: 휴대폰 충전기가 있으니 필요하시면 쓰세요.
ko_reading: hyudaepon chungjeongiga isseuni piryohasimyeon sseuseyo.
note: 车上真的有充电线时才说；接口不合适时说 "Sorry, it doesn't fit your phone."。
register: polite
tags: comfort

# ---- 第5课：计价器与车费 ----

id: taxi-05-001
lesson: taxi-05
zh: 按计价器收费。
zh_reading: àn jìjiàqì shōufèi.
en: The fare is on the meter.
en_alt: It's by the meter.
ja: 料金はメーターどおりです。
ja_reading: ryōkin wa mētā dōri desu.
ja_kana: りょうきん は メーターどおりです。
ko: 요금은 미터기대로 받습니다.
ko_reading: yogeumeun miteogidaero batseumnida.
note: 客人问价钱或担心被多收时说，让客人放心。出租车要打表，不要和客人谈一口价。
register: neutral
tags: meter fare

id: taxi-05-002
lesson: taxi-05
zh: 请打表。
zh_reading: qǐng dǎ biǎo.
en: Could you turn on the meter, please?
en_alt: Please use the meter.
ja: メーターを使ってください。
ja_reading: mētā o tsukatte kudasai.
ja_kana: メーター を つかって ください。
ko: 미터기 켜 주세요.
ko_reading: miteogi kyeo juseyo.
note: 客人说的话。马上打表，回答 "Of course."。有的客人在别处被多收过钱，所以会特别提醒，
+ 不要觉得被冒犯。
register: polite
tags: meter guest

id: taxi-05-003
lesson: taxi-05
zh: 到机场大概多少钱？
zh_reading: dào jīchǎng dàgài duōshao qián?
en: Roughly how much is it to the airport?
en_alt: About how much to the airport?
ja: 空港までだいたいいくらですか。
ja_reading: kūkō made daitai ikura desu ka.
ja_kana: くうこう まで だいたい いくらです か。
ko: 공항까지 대략 얼마 나와요?
ko_reading: gonghangkkaji daeryak eolma nawayo?
note: 客人说的话。roughly、about 都是"大概"，回答一个范围就可以。
register: neutral
tags: fare guest

id: taxi-05-004
lesson: taxi-05
zh: 要看路况，我用导航给您估一下。
zh_reading: yào kàn lùkuàng, wǒ yòng dǎoháng gěi nín gū yíxià.
en: It depends on traffic. Let me check an estimate on the navigation app.
ja: 道路状況によりますので、ナビで概算を調べますね。
ja_reading: dōro jōkyō ni yorimasu node, nabi de gaisan o shirabemasu ne.
ja_kana: どうろ じょうきょう に よります ので、 ナビ で がいさん を しらべます ね。
ko: 길 상황에 따라 달라서 내비로 예상 요금을 확인해 볼게요.
ko_reading: gil sanghwange ttara dallaseo naebiro yesang yogeumeul hwaginhae bolgeyo.
note: 先用导航看里程，再报一个大概的范围，并说明受路况影响；过路费要另付的话也一起说。
+ 青岛胶东国际机场在胶州，离市区远，车费比市内贵得多。
register: neutral
tags: fare
local: 去青岛胶东国际机场的车费：机场在胶州市，离市中心约 39 公里；车费按现行运价计算，不写死金额
local_source: 新华社 2021 年 8 月 12 日 青岛胶东国际机场启用报道（http://en.people.cn/n3/2021/0813/c90000-9883647.html）；《中国日报》2017 年 3 月 7 日 New airport set to reshape regional aviation（机场在胶州，离市中心约 39 公里，一期一座航站楼）；青岛国际机场集团 青岛胶东国际机场官方网站 交通指南；青岛市发展和改革委员会（出租汽车运价的价格主管部门）公布的青岛市巡游出租汽车运价标准（现行文本未核对）；车内张贴的运价标签

id: taxi-05-005
lesson: taxi-05
zh: 起步价包括头几公里，价目表上写着。
zh_reading: qǐbùjià bāokuò tóu jǐ gōnglǐ, jiàmùbiǎo shang xiězhe.
en: The starting fare covers the first few kilometers. It's on the fare card.
en_alt: The base fare covers the first few kilometers; the details are on the fare card.
ja: 初乗り料金で最初の数キロまで乗れます。料金表に書いてあります。
ja_reading: hatsunori ryōkin de saisho no sūkiro made noremasu. ryōkinhyō ni kaite arimasu.
ja_kana: はつのり りょうきん で さいしょ の すうキロ まで のれます。 りょうきんひょう に かいて あります。
ko: 기본요금에 처음 몇 킬로미터가 포함됩니다. 요금표에 적혀 있습니다.
ko_reading: gibonyogeume cheoeum myeot killomiteoga pohamdoemnida. yogeumpyoe jeokyeo itseumnida.
note: 起步价包括几公里、金额多少、每公里多少钱，都写在车内的价目表上，照着说，再指给客人看。
+ "flag fall" 这个说法很多客人不熟悉，说 starting fare 或 base fare 更清楚。
register: neutral
tags: fare meter numbers
local: 起步里程、起步价金额和每公里价格：按青岛市现行巡游出租汽车运价填写（起步里程未按正式运价文件核对，所以句子里不说几公里）
local_source: 青岛市发展和改革委员会（出租汽车运价的价格主管部门）公布的青岛市巡游出租汽车运价标准（现行文本未核对）；车内张贴的运价标签

id: taxi-05-006
lesson: taxi-05
zh: 晚上有夜间加价，时段写在价目表上。
zh_reading: wǎnshang yǒu yèjiān jiājià, shíduàn xiě zài jiàmùbiǎo shang.
en: There's a night surcharge. The hours are on the fare card.
en_alt: At night there's a surcharge; the times are on the fare card.
ja: 夜間は深夜料金になります。時間帯は料金表に書いてあります。
ja_reading: yakan wa shin'ya ryōkin ni narimasu. jikantai wa ryōkinhyō ni kaite arimasu.
ja_kana: やかん は しんや りょうきん に なります。 じかんたい は りょうきんひょう に かいて あります。
ko: 밤에는 심야 할증이 있습니다. 시간대는 요금표에 적혀 있습니다.
ko_reading: bameneun simya haljeungi itseumnida. sigandaeneun yogeumpyoe jeokyeo itseumnida.
note: 本市现行运价有夜间加价时才这样说；时段和加价办法照价目表说，
+ 最好在出发前就告诉客人，并指给客人看价目表。
register: neutral
tags: fare meter
local: 夜间加价（有没有、时段和幅度）：按青岛市现行出租汽车运价填写（未核对；不沿用别的城市的 23 点）
local_source: 青岛市发展和改革委员会（出租汽车运价的价格主管部门）公布的青岛市巡游出租汽车运价标准（现行文本未核对）；车内张贴的运价标签

id: taxi-05-007
lesson: taxi-05
zh: 过路费、过桥费另付。
zh_reading: guòlùfèi, guòqiáofèi lìng fù.
en: Road and bridge tolls are extra.
en_alt: Tolls are extra.
ja: 有料道路や橋の通行料は別料金です。
ja_reading: yūryō dōro ya hashi no tsūkōryō wa betsu ryōkin desu.
ja_kana: ゆうりょう どうろ や はし の つうこうりょう は べつりょうきんです。
ko: 도로 통행료와 다리 통행료는 따로 내셔야 합니다.
ko_reading: doro tonghaengnyowa dari tonghaengnyoneun ttaro naesyeoya hamnida.
note: 本市运价规定过路费、过桥费由乘客另付时才这样说。extra 是"另外加收"。
+ 要在上收费路之前说，不要等到下车时才说。
register: neutral
tags: fare toll
local: 过路费、过桥费（高速公路、胶州湾大桥等）由乘客另付：按青岛市现行出租汽车运价规定核对（未核对）
local_source: 青岛市巡游出租汽车运价标准（通行费由谁付，现行文本未核对）；山东省交通运输厅 收费公路信息公开

id: taxi-05-008
lesson: taxi-05
zh: 等候的时候计价器也在计费。
zh_reading: děnghòu de shíhou jìjiàqì yě zài jìfèi.
en: The meter keeps running while I wait.
ja: お待ちしている間もメーターは上がります。
ja_reading: omachi shite iru aida mo mētā wa agarimasu.
ja_kana: おまち して いる あいだ も メーター は あがります。
ko: 기다리는 동안에도 요금이 올라갑니다.
ko_reading: gidarineun donganedo yogeumi ollagamnida.
note: 客人要你等一会儿时先说明，免得下车时觉得被多收。堵车慢行时计价器也会计时。
register: neutral
tags: meter fare

id: taxi-05-009
lesson: taxi-05
zh: 计价器显示四十五元。
zh_reading: jìjiàqì xiǎnshì sìshíwǔ yuán.
en: The meter says forty-five yuan.
en_alt: That's forty-five yuan on the meter.
ja: メーターは45元です。
ja_reading: mētā wa yonjūgo gen desu.
ja_kana: メーター は よんじゅうごげんです。
ko: 미터기에 45위안 나왔습니다.
ko_reading: miteogie sasibo wian nawatseumnida.
note: 报价时指一下计价器，让客人自己看到数字；forty（40）和 fourteen（14）容易听混。
register: neutral
tags: meter fare numbers
local: 货币单位：人民币元；45 元是示例读数
local_source: 《中华人民共和国中国人民银行法》第十六条（人民币是法定货币）；例中金额是示例，不是规定价格

id: taxi-05-010
lesson: taxi-05
zh: 加上过桥费，一共六十元。
zh_reading: jiāshang guòqiáofèi, yígòng liùshí yuán.
en: With the bridge toll, that's sixty yuan altogether.
en_alt: Plus the bridge toll, that comes to sixty yuan.
ja: 橋の通行料を足して、合計60元です。
ja_reading: hashi no tsūkōryō o tashite, gōkei rokujū gen desu.
ja_kana: はし の つうこうりょう を たして、 ごうけい ろくじゅうげんです。
ko: 다리 통행료를 더해서 총 60위안입니다.
ko_reading: dari tonghaengnyoreul deohaeseo chong yuksip wianimnida.
note: 分项说清楚：计价器多少、过路费多少、合计多少，并把过路费票据给客人看。
register: neutral
tags: fare toll numbers
local: 过桥费由乘客另付（按青岛市现行出租汽车运价规定核对，未核对），金额看收费票据；合计 60 元是示例
local_source: 青岛市巡游出租汽车运价标准（通行费由谁付，现行文本未核对）；山东省交通运输厅 收费公路信息公开；《中华人民共和国中国人民银行法》第十六条（人民币是法定货币）；例中金额是示例，不是规定价格

id: taxi-05-011
lesson: taxi-05
zh: 怎么这么贵？
zh_reading: zěnme zhème guì?
en: Why is it so expensive?
en_alt: That seems expensive.
ja: どうしてこんなに高いんですか。
ja_reading: dōshite konna ni takai n desu ka.
ja_kana: どうして こんなに たかい んです か。
ko: 왜 이렇게 비싸요?
ko_reading: wae ireoke bissayo?
note: 客人说的话。不要生气，也不要争辩；指给客人看计价器，一项项说明（里程、等候、
+ 过路费），再给发票（见本课礼仪题）。
register: neutral
tags: fare problem guest

id: taxi-05-012
lesson: taxi-05
zh: 我给您看一下计价器上的明细。
zh_reading: wǒ gěi nín kàn yíxià jìjiàqì shang de míngxì.
en: Let me show you the breakdown on the meter.
ja: メーターの明細をお見せしますね。
ja_reading: mētā no meisai o omise shimasu ne.
ja_kana: メーター の めいさい を おみせ します ね。
ko: 미터기 내역을 보여 드리겠습니다.
ko_reading: miteogi naeyeogeul boyeo deurigetseumnida.
note: breakdown 是"分项明细"。很多计价器能显示里程和等候时间，指着屏幕说明比口头解释
+ 更有说服力。
register: polite
tags: meter fare problem

id: taxi-05-013
lesson: taxi-05
zh: 行李要另外收费吗？
zh_reading: xíngli yào lìngwài shōufèi ma?
en: Is there an extra charge for luggage?
en_alt: Do you charge extra for bags?
ja: 荷物は別料金ですか。
ja_reading: nimotsu wa betsu ryōkin desu ka.
ja_kana: にもつ は べつりょうきんです か。
ko: 짐은 추가 요금이 있나요?
ko_reading: jimeun chuga yogeumi innayo?
note: 客人说的话。按本地规定如实回答。
register: neutral
tags: fare luggage guest

id: taxi-05-014
lesson: taxi-05
zh: 行李不另外收费。
zh_reading: xíngli bú lìngwài shōufèi.
en: There's no extra charge for luggage.
en_alt: No extra charge for luggage.
ja: お荷物の追加料金はかかりません。
ja_reading: onimotsu no tsuika ryōkin wa kakarimasen.
ja_kana: おにもつ の ついか りょうきん は かかりません。
ko: 짐은 추가 요금이 없습니다.
ko_reading: jimeun chuga yogeumi eopseumnida.
note: 只有本地确实不收行李费时才这样说；如果按规定要收，出发前就告诉客人。
register: neutral
tags: fare luggage
local: 青岛巡游出租汽车不另收行李费：按现行运价文件确认后才这样说
local_source: 青岛市发展和改革委员会（出租汽车运价的价格主管部门）公布的青岛市巡游出租汽车运价标准（现行文本未核对）；车内张贴的运价标签

id: taxi-05-015
lesson: taxi-05
zh: 对不起，不能讲价，都按计价器收。
zh_reading: duìbuqǐ, bù néng jiǎngjià, dōu àn jìjiàqì shōu.
en: I'm sorry, I can't negotiate the fare. It's always by the meter.
en_alt: Sorry, the fare isn't negotiable. It's by the meter.
ja: 申し訳ございませんが、料金の交渉はできません。メーターどおりになります。
ja_reading: mōshiwake gozaimasen ga, ryōkin no kōshō wa dekimasen. mētā dōri ni narimasu.
ja_kana: もうしわけございません が、 りょうきん の こうしょう は できません。 メーターどおり に なります。
ko: 죄송하지만 가격 흥정은 안 되고, 미터기 요금대로 받습니다.
ko_reading: joesonghajiman gagyeok heungjeongeun an doego, miteogi yogeumdaero batseumnida.
note: 客人要讲价或要一口价时用。只说 "No!" 太生硬，说明原因客人更容易接受。
register: polite
tags: meter fare

# ---- 第6课：付款 ----

id: taxi-06-001
lesson: taxi-06
zh: 您怎么付？现金还是手机支付？
zh_reading: nín zěnme fù? xiànjīn háishi shǒujī zhīfù?
en: How would you like to pay, cash or mobile payment?
en_alt: Cash or mobile payment?
ja: お支払いは現金ですか、スマホ決済ですか。
ja_reading: oshiharai wa genkin desu ka, sumaho kessai desu ka.
ja_kana: おしはらい は げんきんです か、 スマホ けっさいです か。
ko: 현금으로 하시겠어요, 모바일 결제로 하시겠어요?
ko_reading: hyeongeumeuro hasigesseoyo, mobail gyeoljero hasigesseoyo?
note: 先问客人的意思，不要默认客人会扫码；现金和扫码都要能收。
register: polite
tags: payment

id: taxi-06-002
lesson: taxi-06
zh: 可以付现金吗？
zh_reading: kěyǐ fù xiànjīn ma?
en: Can I pay in cash?
en_alt: Do you take cash?
en_alt: Is cash okay?
ja: 現金で払えますか。
ja_reading: genkin de haraemasu ka.
ja_kana: げんきん で はらえます か。
ko: 현금으로 내도 돼요?
ko_reading: hyeongeumeuro naedo dwaeyo?
note: 客人说的话。现金必须收，回答 "Of course."。
register: neutral
tags: payment cash guest

id: taxi-06-003
lesson: taxi-06
zh: 当然可以，现金没问题。
zh_reading: dāngrán kěyǐ, xiànjīn méi wèntí.
en: Of course. Cash is no problem.
en_alt: Sure, cash is fine.
ja: もちろんです。現金で大丈夫です。
ja_reading: mochiron desu. genkin de daijōbu desu.
ja_kana: もちろんです。 げんきん で だいじょうぶです。
ko: 물론입니다. 현금도 됩니다.
ko_reading: mullonimnida. hyeongeumdo doemnida.
note: 按中国人民银行的规定，不得拒收人民币现金。即使自己习惯扫码，客人付现金也要收下
+ 并找零（见本课礼仪题）。
register: polite
tags: payment cash

id: taxi-06-004
lesson: taxi-06
zh: 可以刷卡吗？
zh_reading: kěyǐ shuākǎ ma?
en: Can I pay by card?
en_alt: Do you take cards?
en_alt: Do you accept credit cards?
ja: カードは使えますか。
ja_reading: kādo wa tsukaemasu ka.
ja_kana: カード は つかえます か。
ko: 카드로 결제할 수 있어요?
ko_reading: kadeuro gyeoljehal su isseoyo?
note: 客人说的话。"Do you take cards?" 是问能不能刷银行卡或信用卡。
register: neutral
tags: payment card guest

id: taxi-06-005
lesson: taxi-06
zh: 对不起，车上不能刷卡，可以付现金或扫码。
zh_reading: duìbuqǐ, chē shang bù néng shuākǎ, kěyǐ fù xiànjīn huò sǎo mǎ.
en: I'm sorry, I can't take cards, but you can pay in cash or by QR code.
ja: 申し訳ございません。カードは使えませんが、現金かQRコード決済でお支払いいただけます。
ja_reading: mōshiwake gozaimasen. kādo wa tsukaemasen ga, genkin ka QR kōdo kessai de oshiharai itadakemasu.
ja_kana: もうしわけございません。 カード は つかえません が、 げんきん か キューアール コード けっさい で おしはらい いただけます。
ko: 죄송합니다. 카드는 안 되지만 현금이나 QR 코드로 결제하실 수 있습니다.
ko_reading: joesonghamnida. kadeuneun an doejiman hyeongeumina QR kodeuro gyeoljehasil su itseumnida.
note: 车上有刷卡机、能刷境外卡时就回答 "Yes, of course."，不要一律说不行。
register: polite
tags: payment card

id: taxi-06-006
lesson: taxi-06
zh: 您可以把境外银行卡绑定到支付宝或微信，再扫码付款。
zh_reading: nín kěyǐ bǎ jìngwài yínhángkǎ bǎngdìng dào Zhīfùbǎo huò Wēixìn, zài sǎo mǎ fùkuǎn.
en: If you link your card to Alipay or WeChat Pay, you can pay by scanning the code.
en_alt: You can add your foreign card to Alipay or WeChat Pay and scan the code.
ja: 海外のカードをAlipayやWeChat Payに登録すれば、コードを読み取ってお支払いいただけます。
ja_reading: kaigai no kādo o Alipay ya WeChat Pay ni tōroku sureba, kōdo o yomitotte oshiharai itadakemasu.
ja_kana: かいがい の カード を アリペイ や ウィーチャット ペイ に とうろく すれば、 コード を よみとって おしはらい いただけます。
ko: 해외 카드를 알리페이나 위챗페이에 등록하시면 코드를 스캔해서 결제하실 수 있습니다.
ko_reading: haeoe kadeureul allipeina wichaetpeie deungnokasimyeon kodeureul seukaenhaeseo gyeoljehasil su itseumnida.
note: 2023年7月起，Visa、Mastercard、JCB、Diners Club、Discover 等境外银行卡可以绑定到
+ 支付宝和微信支付。客人还没绑定的话，不要催他当场操作，付现金也可以。
register: polite
tags: payment mobile-payment card

id: taxi-06-007
lesson: taxi-06
zh: 二维码贴在前排座椅背后。
zh_reading: èrwéimǎ tiē zài qiánpái zuòyǐ bèihòu.
en: The QR code is on the back of the front seat.
ja: QRコードは前の座席の背もたれに貼ってあります。
ja_reading: QR kōdo wa mae no zaseki no semotare ni hatte arimasu.
ja_kana: キューアール コード は まえ の ざせき の せもたれ に はって あります。
ko: QR 코드는 앞좌석 뒤에 붙어 있습니다.
ko_reading: QR kodeuneun apjwaseok dwie buteo itseumnida.
note: 按自己车上的实际位置说；也可以把收款码举到客人方便扫的地方。
register: neutral
tags: payment mobile-payment

id: taxi-06-008
lesson: taxi-06
zh: 扫码后请输入四十五元。
zh_reading: sǎo mǎ hòu qǐng shūrù sìshíwǔ yuán.
en: After scanning, please enter forty-five yuan.
en_alt: Please scan the code and enter forty-five yuan.
ja: 読み取ったら、45元と入力してください。
ja_reading: yomitottara, yonjūgo gen to nyūryoku shite kudasai.
ja_kana: よみとったら、 よんじゅうごげん と にゅうりょく して ください。
ko: 스캔하신 다음 45위안을 입력해 주세요.
ko_reading: seukaenhasin daeum sasibo wianeul imnyeokae juseyo.
note: 扫固定收款码时客人要自己输入金额。把数字说清楚，最好也指给客人看计价器。
register: polite
tags: payment mobile-payment numbers
local: 货币单位：人民币元；45 元是示例金额
local_source: 《中华人民共和国中国人民银行法》第十六条（人民币是法定货币）；例中金额是示例，不是规定价格

id: taxi-06-009
lesson: taxi-06
zh: 付好了吗？能让我看一下付款成功的页面吗？
zh_reading: fù hǎo le ma? néng ràng wǒ kàn yíxià fùkuǎn chénggōng de yèmiàn ma?
en: Has it gone through? Could I see the confirmation screen, please?
ja: お支払いは完了しましたか。完了画面を見せていただけますか。
ja_reading: oshiharai wa kanryō shimashita ka. kanryō gamen o misete itadakemasu ka.
ja_kana: おしはらい は かんりょう しました か。 かんりょう がめん を みせて いただけます か。
ko: 결제하셨어요? 결제 완료 화면 좀 보여 주시겠어요?
ko_reading: gyeoljehasyeosseoyo? gyeolje wallyo hwamyeon jom boyeo jusigesseoyo?
note: 语气要客气，这是例行确认，不是怀疑客人。自己手机已经收到到账提示就不用问了。
register: polite
tags: payment mobile-payment

id: taxi-06-010
lesson: taxi-06
zh: 收到了，谢谢您。
zh_reading: shōudào le, xièxie nín.
en: That's come through. Thank you.
en_alt: Got it, thank you.
ja: 確認できました。ありがとうございます。
ja_reading: kakunin dekimashita. arigatō gozaimasu.
ja_kana: かくにん できました。 ありがとうございます。
ko: 결제 확인됐습니다. 감사합니다.
ko_reading: gyeolje hwagindwaetseumnida. gamsahamnida.
note: 收款成功后马上告诉客人，客人就知道可以放心下车了。
register: polite
tags: payment mobile-payment

id: taxi-06-011
lesson: taxi-06
zh: 您有零钱吗？一百的我找不开。
zh_reading: nín yǒu língqián ma? yìbǎi de wǒ zhǎo bu kāi.
en: Do you have anything smaller? I don't have change for a hundred.
ja: 細かいお金はお持ちですか。100元ですとお釣りが足りないんです。
ja_reading: komakai okane wa omochi desu ka. hyaku gen desu to otsuri ga tarinai n desu.
ja_kana: こまかい おかね は おもちです か。 ひゃくげんです と おつり が たりない んです。
ko: 잔돈 있으세요? 100위안은 거슬러 드릴 돈이 부족해서요.
ko_reading: jandon isseuseyo? baek wianeun geoseulleo deuril doni bujokaeseoyo.
note: 出车前要备足零钱。客人实在没有零钱时也要想办法换开，不能以此为理由拒收现金。
register: polite
tags: payment cash
local: 人民币纸币最大面额 100 元
local_source: 中国人民银行 第五套人民币发行公告（现行纸币最大面额为 100 元）

id: taxi-06-012
lesson: taxi-06
zh: 找您五十五元。
zh_reading: zhǎo nín wǔshíwǔ yuán.
en: Here's your change, fifty-five yuan.
en_alt: Here's fifty-five yuan change.
ja: 55元のお釣りです。
ja_reading: gojūgo gen no otsuri desu.
ja_kana: ごじゅうごげん の おつりです。
ko: 거스름돈 55위안입니다.
ko_reading: geoseureumdon osibo wianimnida.
note: 找零时把数目说出来，用右手或双手递给客人，不要扔在座位上。
register: polite
tags: payment cash numbers
local: 货币单位：人民币元；55 元是示例金额
local_source: 《中华人民共和国中国人民银行法》第十六条（人民币是法定货币）；例中金额是示例，不是规定价格

id: taxi-06-013
lesson: taxi-06
zh: 不用找了。
zh_reading: búyòng zhǎo le.
en: Keep the change.
ja: お釣りは結構です。
ja_reading: otsuri wa kekkō desu.
ja_kana: おつり は けっこうです。
ko: 잔돈은 괜찮아요.
ko_reading: jandoneun gwaenchanayo.
note: 客人说的话，意思是"零钱不用找了"，是在表示感谢。中国大陆坐出租车一般不给小费，
+ 收不收按公司规定，都要礼貌回应（见本课礼仪题）。
register: neutral
tags: payment tipping guest

id: taxi-06-014
lesson: taxi-06
zh: 谢谢您的好意，不过不用给小费。
zh_reading: xièxie nín de hǎoyì, búguò búyòng gěi xiǎofèi.
en: That's very kind of you, but there's no need to tip.
en_alt: Thank you, but it's not necessary.
en_alt: Thank you, that's kind, but it's not necessary.
ja: お心遣いありがとうございます。ですが、チップは結構です。
ja_reading: okokorozukai arigatō gozaimasu. desu ga, chippu wa kekkō desu.
ja_kana: おこころづかい ありがとうございます。 ですが、 チップ は けっこうです。
ko: 마음만 감사히 받겠습니다. 팁은 안 주셔도 됩니다.
ko_reading: maeumman gamsahi batgetseumnida. tibeun an jusyeodo doemnida.
note: 婉拒时要笑着说，再把零钱找给客人。不要说 "No tip in China!"，听起来像在责备客人。
register: polite
tags: payment tipping

id: taxi-06-015
lesson: taxi-06
zh: 可以付美元吗？
zh_reading: kěyǐ fù měiyuán ma?
en: Can I pay in US dollars?
en_alt: Do you take dollars?
ja: 米ドルで払えますか。
ja_reading: beidoru de haraemasu ka.
ja_kana: べいドル で はらえます か。
ko: 달러로 내도 돼요?
ko_reading: dalleoro naedo dwaeyo?
note: 客人说的话。外币不能收，回答见下一句。
register: neutral
tags: payment cash guest

id: taxi-06-016
lesson: taxi-06
zh: 对不起，我只能收人民币。
zh_reading: duìbuqǐ, wǒ zhǐ néng shōu rénmínbì.
en: I'm sorry, I can only accept Chinese yuan.
en_alt: Sorry, I can only take RMB.
ja: 申し訳ございません。人民元しか受け取れません。
ja_reading: mōshiwake gozaimasen. jinmingen shika uketoremasen.
ja_kana: もうしわけございません。 じんみんげん しか うけとれません。
ko: 죄송합니다. 위안화만 받을 수 있습니다.
ko_reading: joesonghamnida. wianhwaman badeul su itseumnida.
note: 中国境内禁止外币流通和用外币计价结算，不要收外币。可以建议客人扫码付款，或告诉他
+ 附近哪里有银行和取款机。
register: polite
tags: payment cash
local: 境内只收人民币，不收外币
local_source: 《中华人民共和国外汇管理条例》第八条（境内禁止外币流通和以外币计价结算）

# ---- 第7课：发票与遗失物品 ----

id: taxi-07-001
lesson: taxi-07
zh: 要给您打发票吗？
zh_reading: yào gěi nín dǎ fāpiào ma?
en: Would you like me to print a receipt?
en_alt: Would you like a receipt?
ja: 領収書をお出ししましょうか。
ja_reading: ryōshūsho o odashi shimashō ka.
ja_kana: りょうしゅうしょ を おだし しましょう か。
ko: 영수증 뽑아 드릴까요?
ko_reading: yeongsujeung ppoba deurilkkayo?
note: 外国客人不一定知道"发票"，说 receipt 就行。最好主动给：发票上有车号，客人落下
+ 东西时要靠它找车。
register: polite
tags: receipt

id: taxi-07-002
lesson: taxi-07
zh: 请给我发票。
zh_reading: qǐng gěi wǒ fāpiào.
en: Could I have a receipt, please?
en_alt: A receipt, please.
ja: 領収書をください。
ja_reading: ryōshūsho o kudasai.
ja_kana: りょうしゅうしょ を ください。
ko: 영수증 주세요.
ko_reading: yeongsujeung juseyo.
note: 客人说的话。商务客人常要凭发票报销，要给正规发票。
register: polite
tags: receipt guest

id: taxi-07-003
lesson: taxi-07
zh: 这是您的发票，上面有车号和电话。
zh_reading: zhè shì nín de fāpiào, shàngmiàn yǒu chēhào hé diànhuà.
en: Here's your receipt. It has the car number and a phone number on it.
ja: 領収書です。車両番号と電話番号が書いてあります。
ja_reading: ryōshūsho desu. sharyō bangō to denwa bangō ga kaite arimasu.
ja_kana: りょうしゅうしょです。 しゃりょう ばんごう と でんわ ばんごう が かいて あります。
ko: 영수증 여기 있습니다. 차량 번호와 전화번호가 적혀 있습니다.
ko_reading: yeongsujeung yeogi itseumnida. charyang beonhowa jeonhwabeonhoga jeokyeo itseumnida.
note: 提醒客人收好发票：落下东西或者要投诉时，凭车号能很快找到这辆车。
register: polite
tags: receipt lost-property
local: 出租汽车发票上印有车号和电话：按本市现行出租汽车发票的样式核对
local_source: 国家税务总局青岛市税务局 出租汽车发票（含电子发票）规定（未核对）；车内张贴的服务监督卡

id: taxi-07-004
lesson: taxi-07
zh: 需要电子发票的话，可以扫这个码。
zh_reading: xūyào diànzǐ fāpiào dehuà, kěyǐ sǎo zhège mǎ.
en: If you need an electronic receipt, you can scan this code.
ja: 電子領収書が必要でしたら、このコードを読み取ってください。
ja_reading: denshi ryōshūsho ga hitsuyō deshitara, kono kōdo o yomitotte kudasai.
ja_kana: でんし りょうしゅうしょ が ひつようでしたら、 この コード を よみとって ください。
ko: 전자 영수증이 필요하시면 이 코드를 스캔해 주세요.
ko_reading: jeonja yeongsujeungi piryohasimyeon i kodeureul seukaenhae juseyo.
note: 车上确实有电子发票二维码时才说；网约车的电子发票一般在打车软件里开。
register: polite
tags: receipt
local: 出租汽车电子发票怎么开（车上的码或打车软件），按青岛出租汽车公司和税务部门的规定
local_source: 国家税务总局青岛市税务局 出租汽车发票（含电子发票）规定（未核对）；车内张贴的服务监督卡

id: taxi-07-005
lesson: taxi-07
zh: 下车前请带好随身物品。
zh_reading: xià chē qián qǐng dài hǎo suíshēn wùpǐn.
en: Please make sure you have all your belongings before you get out.
en_alt: Please make sure you have everything.
ja: お降りの際は、お忘れ物のないようご注意ください。
ja_reading: oori no sai wa, owasuremono no nai yō gochūi kudasai.
ja_kana: おおり の さい は、 おわすれもの の ない よう ごちゅうい ください。
ko: 내리시기 전에 소지품을 확인해 주세요.
ko_reading: naerisigi jeone sojipumeul hwaginhae juseyo.
note: 到达时说一次；客人下车后，自己再回头看一眼后座。
register: polite
tags: lost-property arrival

id: taxi-07-006
lesson: taxi-07
zh: 您的手机还在座位上。
zh_reading: nín de shǒujī hái zài zuòwèi shang.
en: Excuse me, you've left your phone on the seat.
en_alt: Your phone is still on the seat.
ja: お客様、座席に携帯電話をお忘れです。
ja_reading: okyakusama, zaseki ni keitai denwa o owasure desu.
ja_kana: おきゃくさま、 ざせき に けいたい でんわ を おわすれです。
ko: 손님, 휴대폰을 좌석에 두고 가셨습니다.
ko_reading: sonnim, hyudaeponeul jwaseoge dugo gasyeotseumnida.
note: 叫住客人时说 "Excuse me"，不要喊 "Hey!"。
register: polite
tags: lost-property

id: taxi-07-007
lesson: taxi-07
zh: 后备箱里的东西都拿了吗？
zh_reading: hòubèixiāng lǐ de dōngxi dōu ná le ma?
en: Did you get everything out of the trunk?
en_alt: Did you get everything out of the boot?
ja: トランクのお荷物は全部お持ちですか。
ja_reading: toranku no onimotsu wa zenbu omochi desu ka.
ja_kana: トランク の おにもつ は ぜんぶ おもちです か。
ko: 트렁크에 있는 짐은 다 챙기셨어요?
ko_reading: teureongkeue inneun jimeun da chaenggisyeosseoyo?
note: 后备箱美国英语叫 trunk，英国英语叫 boot。开走前自己再看一眼后备箱。
register: polite
tags: lost-property luggage

id: taxi-07-008
lesson: taxi-07
zh: 我好像把包落在您车上了。
zh_reading: wǒ hǎoxiàng bǎ bāo là zài nín chē shang le.
en: I think I left my bag in your taxi.
ja: タクシーにかばんを忘れたみたいなんです。
ja_reading: takushī ni kaban o wasureta mitai nan desu.
ja_kana: タクシー に かばん を わすれた みたいな んです。
ko: 택시에 가방을 두고 내린 것 같아요.
ko_reading: taeksie gabangeul dugo naerin geot gatayo.
note: 客人说的话，常在电话里听到。先安慰客人，再问物品的样子和下车地点。"落"在这里读 là。
register: neutral
tags: lost-property guest

id: taxi-07-009
lesson: taxi-07
zh: 是什么颜色的包？里面有什么？
zh_reading: shì shénme yánsè de bāo? lǐmiàn yǒu shénme?
en: What color is the bag, and what's in it?
en_alt: Could you describe the bag for me?
ja: どんな色のかばんですか。中には何が入っていますか。
ja_reading: donna iro no kaban desu ka. naka ni wa nani ga haitte imasu ka.
ja_kana: どんな いろ の かばんです か。 なか に は なに が はいって います か。
ko: 어떤 색 가방인가요? 안에 뭐가 들어 있나요?
ko_reading: eotteon saek gabangingayo? ane mwoga deureo innayo?
note: 请对方说出物品特征，核对无误再归还，免得交给冒领的人。英式拼写是 colour。
register: polite
tags: lost-property

id: taxi-07-010
lesson: taxi-07
zh: 找到了，在后座上。
zh_reading: zhǎodào le, zài hòuzuò shang.
en: I've found it. It was on the back seat.
ja: 見つかりました。後部座席にありました。
ja_reading: mitsukarimashita. kōbu zaseki ni arimashita.
ja_kana: みつかりました。 こうぶ ざせき に ありました。
ko: 찾았습니다. 뒷좌석에 있었습니다.
ko_reading: chajatseumnida. dwitjwaseoge isseotseumnida.
note: 找到以后马上告诉客人你打算怎么归还：送过去，还是交到公司。
register: neutral
tags: lost-property

id: taxi-07-011
lesson: taxi-07
zh: 我给您送过去，您现在在哪儿？
zh_reading: wǒ gěi nín sòng guòqu, nín xiànzài zài nǎr?
en: I'll bring it to you. Where are you now?
ja: お届けします。今どちらにいらっしゃいますか。
ja_reading: otodoke shimasu. ima dochira ni irasshaimasu ka.
ja_kana: おとどけ します。 いま どちら に いらっしゃいます か。
ko: 제가 가져다 드리겠습니다. 지금 어디 계세요?
ko_reading: jega gajyeoda deurigetseumnida. jigeum eodi gyeseyo?
note: 送回物品的车费按公司规定处理，事先和客人说清楚。
register: polite
tags: lost-property phone

id: taxi-07-012
lesson: taxi-07
zh: 我会交到出租车公司，您打发票上的电话就能取回。
zh_reading: wǒ huì jiāo dào chūzūchē gōngsī, nín dǎ fāpiào shang de diànhuà jiù néng qǔhuí.
en: I'll hand it in to the taxi company. Please call the number on your receipt to get it back.
ja: タクシー会社に届けておきますので、領収書の電話番号にお電話ください。
ja_reading: takushī-gaisha ni todokete okimasu node, ryōshūsho no denwa bangō ni odenwa kudasai.
ja_kana: タクシーがいしゃ に とどけて おきます ので、 りょうしゅうしょ の でんわ ばんごう に おでんわ ください。
ko: 택시 회사에 맡겨 두겠습니다. 영수증에 있는 번호로 전화해 주세요.
ko_reading: taeksi hoesae matgyeo dugetseumnida. yeongsujeunge inneun beonhoro jeonhwahae juseyo.
note: 护照、证件等重要物品，联系不上失主时要尽快交到公司或公安机关（见本课礼仪题）。
+ 客人找不到发票时，也可以打 12345 或 12328 查找。
register: polite
tags: lost-property receipt
local: 找回遗失物品：打发票上的电话，或打 12345（青岛政务服务便民热线）、12328（交通运输服务监督电话）
local_source: 交通运输部 12328 交通运输服务监督电话（全国统一号码）；青岛市 12345 政务服务便民热线

id: taxi-07-013
lesson: taxi-07
zh: 您的车牌号是多少？
zh_reading: nín de chēpáihào shì duōshao?
en: What's your car number?
en_alt: What's your license plate number?
ja: 車のナンバーを教えていただけますか。
ja_reading: kuruma no nanbā o oshiete itadakemasu ka.
ja_kana: くるま の ナンバー を おしえて いただけます か。
ko: 차 번호가 어떻게 되세요?
ko_reading: cha beonhoga eotteoke doeseyo?
note: 客人说的话。用英语报车牌时，字母按英文字母读，数字一位一位地读。
register: neutral
tags: lost-property guest

id: taxi-07-014
lesson: taxi-07
zh: 车号在仪表台上的服务卡上。
zh_reading: chēhào zài yíbiǎotái shang de fúwùkǎ shang.
en: The car number is on the card on the dashboard.
ja: 車両番号はダッシュボードのカードに書いてあります。
ja_reading: sharyō bangō wa dasshubōdo no kādo ni kaite arimasu.
ja_kana: しゃりょう ばんごう は ダッシュボード の カード に かいて あります。
ko: 차량 번호는 대시보드에 있는 카드에 적혀 있습니다.
ko_reading: charyang beonhoneun daesibodeue inneun kadeue jeokyeo itseumnida.
note: 按自己车上服务卡的实际位置说。客人拍下车号是为了安心，不要介意。
register: neutral
tags: lost-property

# ---- 第8课：到达与行李 ----

id: taxi-08-001
lesson: taxi-08
zh: 到了。
zh_reading: dào le.
en: Here we are.
en_alt: We're here.
ja: お待たせいたしました。到着です。
ja_reading: omatase itashimashita. tōchaku desu.
ja_kana: おまたせいたしました。 とうちゃくです。
ko: 도착했습니다.
ko_reading: dochakaetseumnida.
note: 到达时先说 "Here we are."，再报车费。不要说 "Finish!" 或 "Get out!"。
register: polite
tags: arrival

id: taxi-08-002
lesson: taxi-08
zh: 这里不能停车，我在前面停。
zh_reading: zhèlǐ bù néng tíngchē, wǒ zài qiánmiàn tíng.
en: I'm afraid I can't stop here. I'll pull over just ahead.
en_alt: Sorry, I can't stop here. I'll stop just up ahead.
ja: ここは停車できないので、少し先で停めます。
ja_reading: koko wa teisha dekinai node, sukoshi saki de tomemasu.
ja_kana: ここ は ていしゃ できない ので、 すこし さき で とめます。
ko: 여기는 정차가 안 돼서 조금 앞에서 세우겠습니다.
ko_reading: yeogineun jeongchaga an dwaeseo jogeum apeseo seugetseumnida.
note: "I'm afraid" 让拒绝听起来委婉。先说原因，再说在哪里停（见本课礼仪题）。
register: polite
tags: arrival

id: taxi-08-003
lesson: taxi-08
zh: 停在大门口可以吗？
zh_reading: tíng zài dàménkǒu kěyǐ ma?
en: Shall I stop right at the entrance?
ja: 入口の前で停めてよろしいですか。
ja_reading: iriguchi no mae de tomete yoroshii desu ka.
ja_kana: いりぐち の まえ で とめて よろしいです か。
ko: 입구 앞에 세워 드릴까요?
ko_reading: ipgu ape sewo deurilkkayo?
note: 下雨天或客人行李多时，在允许停车的前提下尽量停在门口。
register: polite
tags: arrival

id: taxi-08-004
lesson: taxi-08
zh: 就在这儿停吧。
zh_reading: jiù zài zhèr tíng ba.
en: You can drop me off here.
en_alt: Here is fine, thanks.
ja: ここで降ります。
ja_reading: koko de orimasu.
ja_kana: ここ で おります。
ko: 여기서 내릴게요.
ko_reading: yeogiseo naerilgeyo.
note: 客人说的话。找到安全、允许停车的地方再停；不能停时说明原因，开到前面停。
register: neutral
tags: arrival guest

id: taxi-08-005
lesson: taxi-08
zh: 要我帮您拿行李吗？
zh_reading: yào wǒ bāng nín ná xíngli ma?
en: Would you like a hand with your luggage?
en_alt: Can I help you with your bags?
ja: お荷物をお持ちしましょうか。
ja_reading: onimotsu o omochi shimashō ka.
ja_kana: おにもつ を おもち しましょう か。
ko: 짐 들어 드릴까요?
ko_reading: jim deureo deurilkkayo?
note: 先问再动手，不要不打招呼就拿客人的包；有的客人习惯自己拿贵重物品。
register: polite
tags: luggage

id: taxi-08-006
lesson: taxi-08
zh: 我把行李放进后备箱。
zh_reading: wǒ bǎ xíngli fàngjìn hòubèixiāng.
en: Let me put your luggage in the trunk.
en_alt: I'll put your bags in the boot.
ja: お荷物はトランクにお入れします。
ja_reading: onimotsu wa toranku ni oire shimasu.
ja_kana: おにもつ は トランク に おいれ します。
ko: 짐은 트렁크에 실어 드리겠습니다.
ko_reading: jimeun teureongkeue sireo deurigetseumnida.
note: luggage 是不可数名词，不说 luggages；一件一件数时说 bags 或 suitcases。
register: polite
tags: luggage

id: taxi-08-007
lesson: taxi-08
zh: 后备箱放不下了，这个包放后座可以吗？
zh_reading: hòubèixiāng fàng bu xià le, zhège bāo fàng hòuzuò kěyǐ ma?
en: This one won't fit in the trunk. Is it all right on the back seat?
ja: トランクに入りきらないので、こちらは後部座席に置いてもよろしいですか。
ja_reading: toranku ni hairikiranai node, kochira wa kōbu zaseki ni oite mo yoroshii desu ka.
ja_kana: トランク に はいりきらない ので、 こちら は こうぶ ざせき に おいて も よろしいです か。
ko: 트렁크에 다 안 들어가서요. 이 가방은 뒷좌석에 놓아도 될까요?
ko_reading: teureongkeue da an deureogaseoyo. i gabangeun dwitjwaseoge noado doelkkayo?
note: 先问客人再放，后座放行李会占座位。
register: polite
tags: luggage

id: taxi-08-008
lesson: taxi-08
zh: 有易碎的东西吗？
zh_reading: yǒu yìsuì de dōngxi ma?
en: Is there anything fragile?
ja: 割れ物はございますか。
ja_reading: waremono wa gozaimasu ka.
ja_kana: われもの は ございます か。
ko: 깨지기 쉬운 물건이 있으세요?
ko_reading: kkaejigi swiun mulgeoni isseuseyo?
note: 放行李前问一句。易碎物品放在最上面，或请客人自己拿着。
register: polite
tags: luggage

id: taxi-08-009
lesson: taxi-08
zh: 小心点，那个包里有电脑。
zh_reading: xiǎoxīn diǎn, nàge bāo lǐ yǒu diànnǎo.
en: Please be careful, there's a laptop in that bag.
ja: 気をつけてください。そのかばんにはパソコンが入っています。
ja_reading: ki o tsukete kudasai. sono kaban ni wa pasokon ga haitte imasu.
ja_kana: き を つけて ください。 その かばん に は パソコン が はいって います。
ko: 조심해 주세요. 그 가방에 노트북이 있어요.
ko_reading: josimhae juseyo. geu gabange noteubugi isseoyo.
note: 客人说的话。laptop 是笔记本电脑。可以回答 "Don't worry, I'll be careful."。
register: polite
tags: luggage guest

id: taxi-08-010
lesson: taxi-08
zh: 这个很重，我来拿。
zh_reading: zhège hěn zhòng, wǒ lái ná.
en: This one's heavy. Let me get it for you.
ja: 重いですから、私がお持ちします。
ja_reading: omoi desu kara, watashi ga omochi shimasu.
ja_kana: おもいです から、 わたし が おもち します。
ko: 무거우니까 제가 들겠습니다.
ko_reading: mugeounikka jega deulgetseumnida.
note: 客人坚持自己拿就不要抢；搬重物时也注意自己的腰。
register: polite
tags: luggage

id: taxi-08-011
lesson: taxi-08
zh: 一共两个箱子、一个背包，对吗？
zh_reading: yígòng liǎng ge xiāngzi, yí ge bēibāo, duì ma?
en: That's two suitcases and one backpack, right?
ja: スーツケース二つとリュック一つですね。
ja_reading: sūtsukēsu futatsu to ryukku hitotsu desu ne.
ja_kana: スーツケース ふたつ と リュック ひとつです ね。
ko: 캐리어 두 개하고 배낭 하나, 맞죠?
ko_reading: kaerieo du gaehago baenang hana, matjyo?
note: 上车时和客人一起数一遍行李，下车时再数一遍，就不容易落下。
register: neutral
tags: luggage lost-property

id: taxi-08-012
lesson: taxi-08
zh: 能在这儿等我五分钟吗？我马上回来。
zh_reading: néng zài zhèr děng wǒ wǔ fēnzhōng ma? wǒ mǎshàng huílai.
en: Could you wait here for five minutes? I'll be right back.
ja: ここで5分待っていただけますか。すぐ戻ります。
ja_reading: koko de gofun matte itadakemasu ka. sugu modorimasu.
ja_kana: ここ で ごふん まって いただけます か。 すぐ もどります。
ko: 여기서 5분만 기다려 주실 수 있어요? 금방 올게요.
ko_reading: yeogiseo o bunman gidaryeo jusil su isseoyo? geumbang olgeyo.
note: 客人说的话。能等的话，告诉客人计价器会继续计费；这里不能久停时，说清楚你在哪里等。
register: polite
tags: arrival waiting guest

id: taxi-08-013
lesson: taxi-08
zh: 好的，我在这里等您，计价器会继续计费。
zh_reading: hǎo de, wǒ zài zhèlǐ děng nín, jìjiàqì huì jìxù jìfèi.
en: Sure, I'll wait here. The meter will keep running.
ja: かしこまりました。こちらでお待ちします。メーターはそのまま上がっていきます。
ja_reading: kashikomarimashita. kochira de omachi shimasu. mētā wa sono mama agatte ikimasu.
ja_kana: かしこまりました。 こちら で おまち します。 メーター は そのまま あがって いきます。
ko: 네, 여기서 기다리겠습니다. 요금은 계속 올라갑니다.
ko_reading: ne, yeogiseo gidarigetseumnida. yogeumeun gyesok ollagamnida.
note: 客人把行李留在车上时，更要说清楚你会在哪里等、能等多久。
register: polite
tags: arrival waiting meter

id: taxi-08-014
lesson: taxi-08
zh: 这是您最后一件行李。
zh_reading: zhè shì nín zuìhòu yí jiàn xíngli.
en: And here's your last bag.
en_alt: Here's your last bag.
ja: こちらが最後のお荷物です。
ja_reading: kochira ga saigo no onimotsu desu.
ja_kana: こちら が さいご の おにもつです。
ko: 이게 마지막 짐입니다.
ko_reading: ige majimak jimimnida.
note: 把行李交到客人手里或放在人行道上安全的地方，不要放在车道上。
register: polite
tags: luggage arrival

# ---- 第9课：预约、网约车与电话 ----

id: taxi-09-001
lesson: taxi-09
zh: 您好，我是您叫的车的司机。
zh_reading: nín hǎo, wǒ shì nín jiào de chē de sījī.
en: Hello, I'm the driver for your booking.
en_alt: Hello, I'm your driver.
ja: 失礼いたします。ご予約いただいた車の運転手でございます。
ja_reading: shitsurei itashimasu. goyoyaku itadaita kuruma no untenshu de gozaimasu.
ja_kana: しつれいいたします。 ごよやく いただいた くるま の うんてんしゅでございます。
ko: 안녕하세요, 예약하신 차량 기사입니다.
ko_reading: annyeonghaseyo, yeyakasin charyang gisaimnida.
note: 打电话时先说明身份。打车软件转接的号码客人不认识，一开口就说清楚，客人才不会挂断。
register: polite
tags: booking phone

id: taxi-09-002
lesson: taxi-09
zh: 我已经到了，在三号门。
zh_reading: wǒ yǐjīng dào le, zài sān hào mén.
en: I've arrived. I'm at Gate 3.
en_alt: I'm here, at Gate 3.
ja: 到着しました。3番ゲートにおります。
ja_reading: tōchaku shimashita. sanban gēto ni orimasu.
ja_kana: とうちゃく しました。 さんばん ゲート に おります。
ko: 도착했습니다. 3번 게이트에 있습니다.
ko_reading: dochakaetseumnida. sambeon geiteue itseumnida.
note: 说清楚门号、出口号或明显的标志。"Gate 3" 读作 gate three。
register: polite
tags: booking ride-hailing phone

id: taxi-09-003
lesson: taxi-09
zh: 您具体在什么位置？
zh_reading: nín jùtǐ zài shénme wèizhi?
en: Where exactly are you?
en_alt: Could you tell me exactly where you are?
ja: 今、どちらにいらっしゃいますか。
ja_reading: ima, dochira ni irasshaimasu ka.
ja_kana: いま、 どちら に いらっしゃいます か。
ko: 정확히 어디 계세요?
ko_reading: jeonghwaki eodi gyeseyo?
note: 语气要客气，可以加 "please"，或者说 "Could you tell me ...?"。
register: polite
tags: booking ride-hailing phone

id: taxi-09-004
lesson: taxi-09
zh: 您附近有什么明显的标志吗？
zh_reading: nín fùjìn yǒu shénme míngxiǎn de biāozhì ma?
en: Can you see any signs or landmarks near you?
ja: 近くに何か目印になるものは見えますか。
ja_reading: chikaku ni nanika mejirushi ni naru mono wa miemasu ka.
ja_kana: ちかく に なに か めじるし に なる もの は みえます か。
ko: 근처에 보이는 간판이나 건물이 있으세요?
ko_reading: geuncheoe boineun ganpanina geonmuri isseuseyo?
note: 客人看不懂中文路名时，请他说说附近的店名、招牌颜色或出口号。
register: polite
tags: booking ride-hailing phone

id: taxi-09-005
lesson: taxi-09
zh: 我的车是白色的，车牌最后两位是58。
zh_reading: wǒ de chē shì báisè de, chēpái zuìhòu liǎng wèi shì wǔ bā.
en: My car is white, and the license plate ends in five eight.
en_alt: It's a white car. The plate ends in five eight.
ja: 白い車で、ナンバーの下二桁は5、8です。
ja_reading: shiroi kuruma de, nanbā no shimo futaketa wa go, hachi desu.
ja_kana: しろい くるま で、 ナンバー の しも ふたけた は ご、 はちです。
ko: 흰색 차이고, 번호판 끝 두 자리는 5, 8입니다.
ko_reading: huinsaek chaigo, beonhopan kkeut du jarineun o, parimnida.
note: 车牌号用英语一位一位地读：five eight，不要读成 fifty-eight。英国英语说 number plate。
register: neutral
tags: booking ride-hailing

id: taxi-09-006
lesson: taxi-09
zh: 我在这里等您，不着急。
zh_reading: wǒ zài zhèlǐ děng nín, bù zháojí.
en: I'll wait for you here. Take your time.
ja: こちらでお待ちしておりますので、ごゆっくりどうぞ。
ja_reading: kochira de omachi shite orimasu node, goyukkuri dōzo.
ja_kana: こちら で おまち して おります ので、 ごゆっくり どうぞ。
ko: 여기서 기다리고 있을 테니 천천히 오세요.
ko_reading: yeogiseo gidarigo isseul teni cheoncheonhi oseyo.
note: 客人带着行李或行动不便时这样说，让他不必慌张。
register: polite
tags: booking waiting

id: taxi-09-007
lesson: taxi-09
zh: 这里不能久停，麻烦您到路口来好吗？
zh_reading: zhèlǐ bù néng jiǔ tíng, máfan nín dào lùkǒu lái hǎo ma?
en: I can't stop here for long. Could you come to the corner, please?
ja: ここには長く停められないので、角までお越しいただけますか。
ja_reading: koko ni wa nagaku tomerarenai node, kado made okoshi itadakemasu ka.
ja_kana: ここ に は ながく とめられない ので、 かど まで おこし いただけます か。
ko: 여기는 오래 세울 수가 없어서요. 모퉁이까지 와 주시겠어요?
ko_reading: yeogineun orae seul suga eopseoseoyo. motungikkaji wa jusigesseoyo?
note: 说明原因，并说清楚你在哪里等；不要一句 "Come here!" 就挂电话。
register: polite
tags: booking ride-hailing phone

id: taxi-09-008
lesson: taxi-09
zh: 网约车要在指定的上车点上车，请跟着指示牌走。
zh_reading: wǎngyuēchē yào zài zhǐdìng de shàngchēdiǎn shàng chē, qǐng gēnzhe zhǐshìpái zǒu.
en: Ride-hailing cars can only pick up at the designated pickup point. Please follow the signs.
ja: 配車アプリの車は、指定の乗車場所からのご乗車になります。案内表示に沿ってお進みください。
ja_reading: haisha apuri no kuruma wa, shitei no jōsha basho kara no gojōsha ni narimasu. annai hyōji ni sotte osusumi kudasai.
ja_kana: はいしゃ アプリ の くるま は、 してい の じょうしゃ ばしょ から の ごじょうしゃ に なります。 あんない ひょうじ に そって おすすみ ください。
ko: 호출 차량은 지정된 승차 장소에서만 타실 수 있습니다. 안내 표지판을 따라오세요.
ko_reading: hochul charyangeun jijeongdoen seungcha jangsoeseoman tasil su itseumnida. annae pyojipaneul ttaraoseyo.
note: 机场、火车站、邮轮码头一般设有网约车专用上车点，和出租车候车区不在一起，要说清楚。
register: polite
tags: ride-hailing places
local: 网约车上车点：机场、火车站、邮轮码头的网约车上车点按各场站公布的指引（未逐一核对）
local_source: 青岛国际机场集团 青岛胶东国际机场官方网站 交通指南；各火车站、青岛邮轮母港的现场指引（未核对）

id: taxi-09-009
lesson: taxi-09
zh: 请问您是史密斯先生吗？
zh_reading: qǐngwèn nín shì Shǐmìsī xiānsheng ma?
en: Excuse me, are you Mr. Smith?
en_alt: Excuse me, are you Mr Smith?
ja: 失礼ですが、スミス様でいらっしゃいますか。
ja_reading: shitsurei desu ga, Sumisu-sama de irasshaimasu ka.
ja_kana: しつれいです が、 スミスさま で いらっしゃいます か。
ko: 실례지만 스미스 님이세요?
ko_reading: sillyejiman Seumiseu nimiseyo?
note: 用 Mr. 或 Ms. 加姓确认，不要直接叫名字；再核对一下手机尾号，免得接错人。
register: polite
tags: booking address

id: taxi-09-010
lesson: taxi-09
zh: 能告诉我您手机号的后四位吗？
zh_reading: néng gàosu wǒ nín shǒujīhào de hòu sì wèi ma?
en: Could you tell me the last four digits of your phone number?
ja: お電話番号の下四桁を教えていただけますか。
ja_reading: odenwa bangō no shimo yoketa o oshiete itadakemasu ka.
ja_kana: おでんわ ばんごう の しも よけた を おしえて いただけます か。
ko: 휴대폰 번호 뒤 네 자리를 알려 주시겠어요?
ko_reading: hyudaepon beonho dwi ne jarireul allyeo jusigesseoyo?
note: 核对订单时用。外国手机号可能很长，要说清楚是"最后四位"（the last four digits）。
register: polite
tags: booking ride-hailing

id: taxi-09-011
lesson: taxi-09
zh: 我约了明天早上六点去机场的车。
zh_reading: wǒ yuē le míngtiān zǎoshang liù diǎn qù jīchǎng de chē.
en: I've booked a car to the airport for six tomorrow morning.
ja: 明日の朝6時に空港までの車を予約しました。
ja_reading: ashita no asa rokuji ni kūkō made no kuruma o yoyaku shimashita.
ja_kana: あした の あさ ろくじ に くうこう まで の くるま を よやく しました。
ko: 내일 아침 6시에 공항 가는 차를 예약했어요.
ko_reading: naeil achim yeoseot sie gonghang ganeun chareul yeyakaesseoyo.
note: 客人说的话。复述一遍日期、时间和上车地点，特别注意别把早上六点和晚上六点弄混。
register: neutral
tags: booking guest

id: taxi-09-012
lesson: taxi-09
zh: 明天早上我会提前十分钟到酒店门口。
zh_reading: míngtiān zǎoshang wǒ huì tíqián shí fēnzhōng dào jiǔdiàn ménkǒu.
en: I'll be at the hotel entrance ten minutes early tomorrow morning.
ja: 明日の朝は、10分前にホテルの玄関でお待ちしております。
ja_reading: ashita no asa wa, juppun mae ni hoteru no genkan de omachi shite orimasu.
ja_kana: あした の あさ は、 じゅっぷん まえ に ホテル の げんかん で おまち して おります。
ko: 내일 아침 10분 일찍 호텔 입구에 와 있겠습니다.
ko_reading: naeil achim sip bun iljjik hotel ipgue wa itgetseumnida.
note: 预约接送要提前到，让客人放心（见本课礼仪题）。
register: polite
tags: booking time

id: taxi-09-013
lesson: taxi-09
zh: 对不起，路上堵车，我大概晚到五分钟。
zh_reading: duìbuqǐ, lùshang dǔchē, wǒ dàgài wǎn dào wǔ fēnzhōng.
en: I'm sorry, I'm stuck in traffic. I'll be about five minutes late.
ja: 申し訳ございません。渋滞していて、5分ほど遅れそうです。
ja_reading: mōshiwake gozaimasen. jūtai shite ite, gofun hodo okuresō desu.
ja_kana: もうしわけございません。 じゅうたい して いて、 ごふん ほど おくれそうです。
ko: 죄송합니다. 길이 막혀서 5분 정도 늦을 것 같습니다.
ko_reading: joesonghamnida. giri makyeoseo o bun jeongdo neujeul geot gatseumnida.
note: 要迟到时提前打电话或发消息，说一个具体的时间，不要让客人干等。
register: polite
tags: booking phone time

id: taxi-09-014
lesson: taxi-09
zh: 我看不到您的车。
zh_reading: wǒ kàn bu dào nín de chē.
en: I can't see your car.
ja: 車が見当たらないんですが。
ja_reading: kuruma ga miataranai n desu ga.
ja_kana: くるま が みあたらない んです が。
ko: 차가 안 보여요.
ko_reading: chaga an boyeoyo.
note: 客人说的话。告诉客人车的颜色、车牌和你旁边的标志物，或者打开双闪。
register: neutral
tags: booking ride-hailing guest

id: taxi-09-015
lesson: taxi-09
zh: 我开着双闪，您看到了吗？
zh_reading: wǒ kāizhe shuāngshǎn, nín kàndào le ma?
en: I've got my hazard lights on. Can you see me?
ja: ハザードランプをつけております。お分かりになりますか。
ja_reading: hazādo ranpu o tsukete orimasu. owakari ni narimasu ka.
ja_kana: ハザード ランプ を つけて おります。 おわかり に なります か。
ko: 비상등을 켜 놨습니다. 보이세요?
ko_reading: bisangdeungeul kyeo nwatseumnida. boiseyo?
note: "双闪"英语叫 hazard lights，也简称 hazards。
register: neutral
tags: booking ride-hailing

id: taxi-09-016
lesson: taxi-09
zh: 我把我的位置发给您。
zh_reading: wǒ bǎ wǒ de wèizhi fā gěi nín.
en: I'll send you my location.
ja: 位置情報をお送りします。
ja_reading: ichi jōhō o ookuri shimasu.
ja_kana: いち じょうほう を おおくり します。
ko: 제 위치를 보내 드리겠습니다.
ko_reading: je wichireul bonae deurigetseumnida.
note: 用打车软件或聊天软件发定位，比口头描述准确得多。
register: polite
tags: booking ride-hailing phone

# ---- 第10课：突发情况 ----

id: taxi-10-001
lesson: taxi-10
zh: 对不起，我走错路了，马上掉头。
zh_reading: duìbuqǐ, wǒ zǒucuò lù le, mǎshàng diàotóu.
en: I'm sorry, I've taken a wrong turn. I'll turn around right away.
ja: 申し訳ございません、道を間違えました。すぐに引き返します。
ja_reading: mōshiwake gozaimasen, michi o machigaemashita. sugu ni hikikaeshimasu.
ja_kana: もうしわけございません、 みち を まちがえました。 すぐ に ひきかえします。
ko: 죄송합니다. 길을 잘못 들었습니다. 바로 돌아가겠습니다.
ko_reading: joesonghamnida. gireul jalmot deureotseumnida. baro doragagetseumnida.
note: 自己走错路要马上承认并道歉。多出的车费按公司规定处理，主动提出更能赢得客人的信任。
register: polite
tags: problem route apology

id: taxi-10-002
lesson: taxi-10
zh: 这个地址好像不对，您能再确认一下吗？
zh_reading: zhège dìzhǐ hǎoxiàng bú duì, nín néng zài quèrèn yíxià ma?
en: This address doesn't seem right. Could you check it again, please?
ja: この住所は違うようです。もう一度ご確認いただけますか。
ja_reading: kono jūsho wa chigau yō desu. mō ichido gokakunin itadakemasu ka.
ja_kana: この じゅうしょ は ちがう ようです。 もういちど ごかくにん いただけます か。
ko: 이 주소가 맞지 않는 것 같습니다. 다시 한번 확인해 주시겠어요?
ko_reading: i jusoga matji anneun geot gatseumnida. dasi hanbeon hwaginhae jusigesseoyo?
note: 不要说 "Your address is wrong."；说 "doesn't seem right" 更委婉，不把错推给客人。
register: polite
tags: problem address

id: taxi-10-003
lesson: taxi-10
zh: 您能打电话问一下酒店吗？
zh_reading: nín néng dǎ diànhuà wèn yíxià jiǔdiàn ma?
en: Could you call your hotel to check?
ja: ホテルに電話で確認していただけますか。
ja_reading: hoteru ni denwa de kakunin shite itadakemasu ka.
ja_kana: ホテル に でんわ で かくにん して いただけます か。
ko: 호텔에 전화해서 확인해 주실 수 있으세요?
ko_reading: hotere jeonhwahaeseo hwaginhae jusil su isseuseyo?
note: 找不到地址时，请酒店或客人的朋友直接和你通话，往往最快。
register: polite
tags: problem address phone

id: taxi-10-004
lesson: taxi-10
zh: 前面出了事故，要堵一会儿。
zh_reading: qiánmiàn chū le shìgù, yào dǔ yíhuìr.
en: There's been an accident ahead, so we'll be held up for a while.
en_alt: There's an accident ahead. We may be stuck for a while.
ja: この先で事故があったので、しばらく渋滞しそうです。
ja_reading: kono saki de jiko ga atta node, shibaraku jūtai shisō desu.
ja_kana: この さき で じこ が あった ので、 しばらく じゅうたい しそうです。
ko: 앞에서 사고가 나서 한동안 막힐 것 같습니다.
ko_reading: apeseo sagoga naseo handongan makil geot gatseumnida.
note: 告诉客人原因和大概要等多久；客人赶时间的话，一起商量别的办法。
register: neutral
tags: problem traffic

id: taxi-10-005
lesson: taxi-10
zh: 我有点晕车。
zh_reading: wǒ yǒudiǎn yùnchē.
en: I'm feeling a bit carsick.
en_alt: I feel sick.
ja: ちょっと車に酔ってしまいました。
ja_reading: chotto kuruma ni yotte shimaimashita.
ja_kana: ちょっと くるま に よって しまいました。
ko: 좀 멀미가 나요.
ko_reading: jom meolmiga nayo.
note: 客人说的话。英国人说 "I feel sick" 常常是"想吐"的意思，要尽快找安全的地方停车。
register: neutral
tags: problem health guest

id: taxi-10-006
lesson: taxi-10
zh: 我马上靠边停车。
zh_reading: wǒ mǎshàng kàobiān tíngchē.
en: I'll pull over right away.
ja: すぐに車を停めます。
ja_reading: sugu ni kuruma o tomemasu.
ja_kana: すぐ に くるま を とめます。
ko: 바로 차를 세우겠습니다.
ko_reading: baro chareul seugetseumnida.
note: 要在安全、允许停车的地方停，不要在快车道上急停。
register: neutral
tags: problem health safety

id: taxi-10-007
lesson: taxi-10
zh: 要不要开窗透透气？
zh_reading: yào bu yào kāi chuāng tòutou qì?
en: Would some fresh air help? I can open the window.
ja: 窓を開けて、少し空気を入れましょうか。
ja_reading: mado o akete, sukoshi kūki o iremashō ka.
ja_kana: まど を あけて、 すこし くうき を いれましょう か。
ko: 창문을 열어서 환기해 드릴까요?
ko_reading: changmuneul yeoreoseo hwangihae deurilkkayo?
note: 同时可以关掉车内香薰，开得平稳些，少急刹车。
register: polite
tags: problem health comfort

id: taxi-10-008
lesson: taxi-10
zh: 您哪里不舒服？要去医院吗？
zh_reading: nín nǎlǐ bù shūfu? yào qù yīyuàn ma?
en: Are you feeling unwell? Would you like to go to a hospital?
ja: ご気分が悪いですか。病院へ行きましょうか。
ja_reading: gokibun ga warui desu ka. byōin e ikimashō ka.
ja_kana: ごきぶん が わるいです か。 びょういん へ いきましょう か。
ko: 어디가 불편하세요? 병원으로 가 드릴까요?
ko_reading: eodiga bulpyeonhaseyo? byeongwoneuro ga deurilkkayo?
note: 客人胸痛、呼吸困难或失去意识时，马上靠边停车打 120（见本课礼仪题）。
register: polite
tags: problem health emergency

id: taxi-10-009
lesson: taxi-10
zh: 我帮您叫救护车。
zh_reading: wǒ bāng nín jiào jiùhùchē.
en: I'll call an ambulance for you.
ja: 救急車を呼びます。
ja_reading: kyūkyūsha o yobimasu.
ja_kana: きゅうきゅうしゃ を よびます。
ko: 구급차를 부르겠습니다.
ko_reading: gugeupchareul bureugetseumnida.
note: 急救电话是 120，免费拨打。说清楚在哪里、发生了什么和你的电话号码。
register: neutral
tags: emergency health

id: taxi-10-010
lesson: taxi-10
zh: 请别动，救护车马上就到。
zh_reading: qǐng bié dòng, jiùhùchē mǎshàng jiù dào.
en: Please stay still. The ambulance is on its way.
en_alt: Try not to move. An ambulance is coming.
en_alt: Please try to stay still. The ambulance is on its way.
ja: 動かないでください。救急車がすぐに来ます。
ja_reading: ugokanaide kudasai. kyūkyūsha ga sugu ni kimasu.
ja_kana: うごかないで ください。 きゅうきゅうしゃ が すぐ に きます。
ko: 움직이지 마세요. 구급차가 곧 옵니다.
ko_alt: 움직이지 마시고 그대로 계세요. 구급차가 곧 옵니다.
ko_reading: umjigiji maseyo. gugeupchaga got omnida.
note: 说话要慢、语气要稳，陪在客人身边，让客人安心。
register: polite
tags: emergency health

id: taxi-10-011
lesson: taxi-10
zh: 有人受伤吗？
zh_reading: yǒu rén shòushāng ma?
en: Is anyone hurt?
en_alt: Are you hurt?
ja: おけがはありませんか。
ja_reading: okega wa arimasen ka.
ja_kana: おけが は ありません か。
ko: 다치신 데는 없으세요?
ko_reading: dachisin deneun eopseuseyo?
note: 出了交通事故先问这句；有人受伤就打 120。
register: neutral
tags: emergency accident

id: taxi-10-012
lesson: taxi-10
zh: 我打122报交通事故。
zh_reading: wǒ dǎ yāo èr èr bào jiāotōng shìgù.
en: I'm calling the traffic police to report the accident.
en_alt: I'll call the traffic police.
ja: 交通警察に事故の通報をします。
ja_reading: kōtsū keisatsu ni jiko no tsūhō o shimasu.
ja_kana: こうつう けいさつ に じこ の つうほう を します。
ko: 교통경찰에 사고를 신고하겠습니다.
ko_reading: gyotonggyeongchare sagoreul singohagetseumnida.
note: 交通事故打 122；有人受伤同时打 120；遇到违法犯罪打 110；车辆起火打 119。
+ 号码里的"1"读作 yāo。
register: neutral
tags: emergency accident

id: taxi-10-013
lesson: taxi-10
zh: 请到安全的地方等，不要站在马路上。
zh_reading: qǐng dào ānquán de dìfang děng, búyào zhàn zài mǎlù shang.
en: Please wait somewhere safe, off the road.
ja: 道路には出ずに、安全な場所でお待ちください。
ja_reading: dōro ni wa dezu ni, anzen na basho de omachi kudasai.
ja_kana: どうろ に は でず に、 あんぜんな ばしょ で おまち ください。
ko: 도로에 서 계시지 마시고 안전한 곳에서 기다려 주세요.
ko_reading: doroe seo gyesiji masigo anjeonhan goseseo gidaryeo juseyo.
note: 出事后先开双闪、放好警示标志，再请乘客到路边或护栏外安全的地方等。
register: polite
tags: emergency accident safety

id: taxi-10-014
lesson: taxi-10
zh: 请帮我报警！
zh_reading: qǐng bāng wǒ bàojǐng!
en: Please call the police!
ja: 警察を呼んでください。
ja_reading: keisatsu o yonde kudasai.
ja_kana: けいさつ を よんで ください。
ko: 경찰 좀 불러 주세요!
ko_reading: gyeongchal jom bulleo juseyo!
note: 客人说的话。报警电话是 110。有的大城市有英语接线员，但不能保证，必要时由你替客人
+ 说明位置和发生了什么。
register: neutral
tags: emergency guest

id: taxi-10-015
lesson: taxi-10
zh: 对不起，让您不愉快了。这是发票，有问题可以打上面的监督电话。
zh_reading: duìbuqǐ, ràng nín bù yúkuài le. zhè shì fāpiào, yǒu wèntí kěyǐ dǎ shàngmiàn de jiāndū diànhuà.
en: I'm sorry you're not happy with this. Here's the receipt. The number for complaints is on it.
en_alt: I'm sorry about this. The complaints number is on the receipt.
ja: ご不快な思いをさせてしまい、申し訳ございません。領収書にお問い合わせ先の電話番号がございます。
ja_reading: gofukai na omoi o sasete shimai, mōshiwake gozaimasen. ryōshūsho ni otoiawase-saki no denwa bangō ga gozaimasu.
ja_kana: ごふかいな おもい を させて しまい、 もうしわけございません。 りょうしゅうしょ に おといあわせさき の でんわ ばんごう が ございます。
ko: 불편을 드려 죄송합니다. 영수증에 민원 전화번호가 있습니다.
ko_reading: bulpyeoneul deuryeo joesonghamnida. yeongsujeunge minwon jeonhwabeonhoga itseumnida.
note: 车费有争议时保持冷静，不要争吵，更不能锁车门不让客人下车。把发票和监督电话给客人，
+ 交给公司或主管部门处理（见第5课礼仪题）；客人也可以打 12345 或 12328 投诉。
register: polite
tags: problem fare receipt
local: 出租汽车投诉：发票上的监督电话；12345（青岛政务服务便民热线）；12328（交通运输服务监督电话）
local_source: 交通运输部 12328 交通运输服务监督电话（全国统一号码）；青岛市 12345 政务服务便民热线

id: taxi-10-016
lesson: taxi-10
zh: 你走错路了吧！
zh_reading: nǐ zǒucuò lù le ba!
en: I think you're going the wrong way!
en_alt: This is the wrong way!
ja: 道が違うと思うんですが。
ja_reading: michi ga chigau to omou n desu ga.
ja_kana: みち が ちがう と おもう んです が。
ko: 길을 잘못 가시는 것 같은데요.
ko_reading: gireul jalmot gasineun geot gateundeyo.
note: 客人说的话。先别争辩，把导航路线给客人看，说明为什么这样走；确实走错了就道歉并改正。
register: neutral
tags: problem route guest

# ---- 第11课：有特殊需要的乘客 ----

id: taxi-11-001
lesson: taxi-11
zh: 需要帮忙吗？
zh_reading: xūyào bāngmáng ma?
en: Would you like any help?
en_alt: Can I help you?
ja: 何かお手伝いしましょうか。
ja_reading: nanika otetsudai shimashō ka.
ja_kana: なに か おてつだい しましょう か。
ko: 도와 드릴까요?
ko_reading: dowa deurilkkayo?
note: 先问，客人同意后再动手；客人说 "No, thank you." 就尊重他的意思。
register: polite
tags: accessibility help

id: taxi-11-002
lesson: taxi-11
zh: 我怎么帮您比较好？
zh_reading: wǒ zěnme bāng nín bǐjiào hǎo?
en: How would you like me to help?
en_alt: How can I best help you?
ja: どのようにお手伝いすればよろしいですか。
ja_reading: dono yō ni otetsudai sureba yoroshii desu ka.
ja_kana: どの よう に おてつだい すれば よろしいです か。
ko: 어떻게 도와 드리면 될까요?
ko_reading: eotteoke dowa deurimyeon doelkkayo?
note: 残障客人最清楚自己需要什么。问清楚再帮，比凭经验直接动手更安全。
register: polite
tags: accessibility help

id: taxi-11-003
lesson: taxi-11
zh: 我坐轮椅，您的车放得下吗？
zh_reading: wǒ zuò lúnyǐ, nín de chē fàng de xià ma?
en: I use a wheelchair. Will it fit in your car?
ja: 車椅子を使っているのですが、車に載りますか。
ja_reading: kurumaisu o tsukatte iru no desu ga, kuruma ni norimasu ka.
ja_kana: くるまいす を つかって いる のです が、 くるま に のります か。
ko: 휠체어를 쓰는데 차에 실을 수 있을까요?
ko_reading: hwilcheeoreul sseuneunde chae sireul su isseulkkayo?
note: 客人说的话。英语说 "uses a wheelchair"，不说 "is confined to a wheelchair"（困在轮椅上）。
register: polite
tags: accessibility wheelchair guest

id: taxi-11-004
lesson: taxi-11
zh: 轮椅可以折叠吗？
zh_reading: lúnyǐ kěyǐ zhédié ma?
en: Does the wheelchair fold?
ja: 車椅子は折りたためますか。
ja_reading: kurumaisu wa oritatamemasu ka.
ja_kana: くるまいす は おりたためます か。
ko: 휠체어는 접을 수 있나요?
ko_reading: hwilcheeoneun jeobeul su innayo?
note: 不能折叠的电动轮椅普通轿车放不下；本地有无障碍出租车的话，可以帮客人联系。
register: polite
tags: accessibility wheelchair

id: taxi-11-005
lesson: taxi-11
zh: 请告诉我怎么折，我来放进后备箱。
zh_reading: qǐng gàosu wǒ zěnme zhé, wǒ lái fàngjìn hòubèixiāng.
en: Could you show me how to fold it? Then I'll put it in the trunk.
ja: たたみ方を教えていただけますか。トランクにお入れします。
ja_reading: tatamikata o oshiete itadakemasu ka. toranku ni oire shimasu.
ja_kana: たたみかた を おしえて いただけます か。 トランク に おいれ します。
ko: 접는 방법을 알려 주시겠어요? 트렁크에 실어 드리겠습니다.
ko_reading: jeomneun bangbeobeul allyeo jusigesseoyo? teureongkeue sireo deurigetseumnida.
note: 轮椅是客人身体空间的一部分：动它之前先问，不要倚靠在上面，也不要没经同意就推。
register: polite
tags: accessibility wheelchair luggage

id: taxi-11-006
lesson: taxi-11
zh: 您慢慢来，不着急。
zh_reading: nín mànmàn lái, bù zháojí.
en: Take your time. There's no rush.
ja: ごゆっくりどうぞ。急がなくて大丈夫です。
ja_reading: goyukkuri dōzo. isoganakute daijōbu desu.
ja_kana: ごゆっくり どうぞ。 いそがなくて だいじょうぶです。
ko: 천천히 하세요. 서두르지 않으셔도 됩니다.
ko_reading: cheoncheonhi haseyo. seodureuji aneusyeodo doemnida.
note: 老人或行动不便的客人上下车时说；不要在旁边催促或叹气。
register: polite
tags: accessibility elderly

id: taxi-11-007
lesson: taxi-11
zh: 我带着导盲犬，可以上车吗？
zh_reading: wǒ dàizhe dǎomángquǎn, kěyǐ shàng chē ma?
en: I have a guide dog. Is that all right?
ja: 盲導犬を連れているのですが、乗ってもいいですか。
ja_reading: mōdōken o tsurete iru no desu ga, notte mo ii desu ka.
ja_kana: もうどうけん を つれて いる のです が、 のって も いいです か。
ko: 안내견이 있는데 타도 될까요?
ko_reading: annaegyeoni inneunde tado doelkkayo?
note: 客人说的话。回答 "Of course."。导盲犬是工作犬，不能拒载（见本课礼仪题）。
register: polite
tags: accessibility guide-dog guest

id: taxi-11-008
lesson: taxi-11
zh: 当然可以，请上车，狗可以待在您脚边。
zh_reading: dāngrán kěyǐ, qǐng shàng chē, gǒu kěyǐ dāi zài nín jiǎo biān.
en: Of course. Please get in. Your dog can sit by your feet.
ja: もちろんです。どうぞお乗りください。盲導犬は足元にどうぞ。
ja_reading: mochiron desu. dōzo onori kudasai. mōdōken wa ashimoto ni dōzo.
ja_kana: もちろんです。 どうぞ おのり ください。 もうどうけん は あしもと に どうぞ。
ko: 물론입니다. 타세요. 안내견은 발밑에 앉히시면 됩니다.
ko_reading: mullonimnida. taseyo. annaegyeoneun balmite anchisimyeon doemnida.
note: 不要摸、喂、逗导盲犬，也不要跟它说话，它正在工作；有事问主人。
register: polite
tags: accessibility guide-dog

id: taxi-11-009
lesson: taxi-11
zh: 到了。酒店大门在您右手边，大约五步远。
zh_reading: dào le. jiǔdiàn dàmén zài nín yòushǒu biān, dàyuē wǔ bù yuǎn.
en: We've arrived. The hotel entrance is about five steps to your right.
ja: 到着しました。ホテルの入口は、右へ5歩ほどのところです。
ja_reading: tōchaku shimashita. hoteru no iriguchi wa, migi e goho hodo no tokoro desu.
ja_kana: とうちゃく しました。 ホテル の いりぐち は、 みぎ へ ごほ ほど の ところです。
ko: 도착했습니다. 호텔 입구는 오른쪽으로 다섯 걸음 정도입니다.
ko_reading: dochakaetseumnida. hotel ipguneun oreunjjogeuro daseot georeum jeongdoimnida.
note: 对视障客人说方位要具体（左右、几步、有没有台阶），不要说 "over there"，也不要只用手指。
register: polite
tags: accessibility arrival

id: taxi-11-010
lesson: taxi-11
zh: 您前面有一级台阶。
zh_reading: nín qiánmiàn yǒu yì jí táijiē.
en: There's a step just in front of you.
ja: すぐ前に段差があります。
ja_reading: sugu mae ni dansa ga arimasu.
ja_kana: すぐ まえ に だんさ が あります。
ko: 바로 앞에 턱이 하나 있습니다.
ko_reading: baro ape teogi hana itseumnida.
note: 遇到台阶、路沿要提前说。step 是一级台阶，stairs 是楼梯。
register: neutral
tags: accessibility safety

id: taxi-11-011
lesson: taxi-11
zh: 您可以扶着我的胳膊。
zh_reading: nín kěyǐ fúzhe wǒ de gēbo.
en: You're welcome to take my arm.
en_alt: You can take my arm if you like.
ja: よろしければ、私の腕におつかまりください。
ja_reading: yoroshikereba, watashi no ude ni otsukamari kudasai.
ja_kana: よろしければ、 わたし の うで に おつかまり ください。
ko: 괜찮으시면 제 팔을 잡으세요.
ko_reading: gwaenchaneusimyeon je pareul jabeuseyo.
note: 给视障客人引路时，让对方扶着你的胳膊跟你走，不要拉着或推着对方走。
register: polite
tags: accessibility

id: taxi-11-012
lesson: taxi-11
zh: 我写下来给您看。
zh_reading: wǒ xiě xiàlai gěi nín kàn.
en: I'll write it down for you.
ja: 書いてお見せしますね。
ja_reading: kaite omise shimasu ne.
ja_kana: かいて おみせ します ね。
ko: 제가 적어서 보여 드릴게요.
ko_reading: jega jeogeoseo boyeo deurilgeyo.
note: 和听障客人可以用手机打字或纸笔沟通。说话时面对客人，让对方看得到你的口型，不要大喊。
register: polite
tags: accessibility understanding

id: taxi-11-013
lesson: taxi-11
zh: 我听力不好，您能在手机上打字吗？
zh_reading: wǒ tīnglì bù hǎo, nín néng zài shǒujī shang dǎzì ma?
en: I'm hard of hearing. Could you type it on your phone?
ja: 耳が不自由なので、スマホに文字で打っていただけますか。
ja_reading: mimi ga fujiyū na node, sumaho ni moji de utte itadakemasu ka.
ja_kana: みみ が ふじゆうな ので、 スマホ に もじ で うって いただけます か。
ko: 제가 귀가 잘 안 들려서요. 휴대폰에 글로 써 주시겠어요?
ko_reading: jega gwiga jal an deullyeoseoyo. hyudaepone geullo sseo jusigesseoyo?
note: 客人说的话。hard of hearing 是"听力不好"。
register: polite
tags: accessibility guest

id: taxi-11-014
lesson: taxi-11
zh: 小朋友坐后排更安全。
zh_reading: xiǎopéngyou zuò hòupái gèng ānquán.
en: It's safer for children to sit in the back.
ja: お子様は後部座席のほうが安全です。
ja_reading: okosama wa kōbu zaseki no hō ga anzen desu.
ja_kana: おこさま は こうぶ ざせき の ほう が あんぜんです。
ko: 아이들은 뒷좌석에 앉는 게 더 안전합니다.
ko_reading: aideureun dwitjwaseoge anneun ge deo anjeonhamnida.
note: 用建议的语气说，由家长决定。不要摸孩子的头（见本课礼仪题）。
register: polite
tags: children safety

id: taxi-11-015
lesson: taxi-11
zh: 上车时小心头。
zh_reading: shàng chē shí xiǎoxīn tóu.
en: Mind your head as you get in.
en_alt: Watch your head.
ja: お乗りの際は、頭上にお気をつけください。
ja_reading: onori no sai wa, zujō ni oki o tsuke kudasai.
ja_kana: おのり の さい は、 ずじょう に おき を つけ ください。
ko: 타실 때 머리 조심하세요.
ko_reading: tasil ttae meori josimhaseyo.
note: "Mind your head" 是英式说法，美国人常说 "Watch your head"。
register: polite
tags: elderly safety

id: taxi-11-016
lesson: taxi-11
zh: 婴儿车折起来就能放进后备箱。
zh_reading: yīng'érchē zhé qǐlai jiù néng fàngjìn hòubèixiāng.
en: If you fold the stroller, it'll fit in the trunk.
en_alt: The pushchair will fit in the boot if you fold it.
ja: ベビーカーはたためばトランクに入ります。
ja_reading: bebīkā wa tatameba toranku ni hairimasu.
ja_kana: ベビーカー は たためば トランク に はいります。
ko: 유모차는 접으시면 트렁크에 넣을 수 있습니다.
ko_reading: yumochaneun jeobeusimyeon teureongkeue neoeul su itseumnida.
note: 美国英语说 stroller，英国英语说 pushchair 或 buggy。
register: neutral
tags: children luggage

# ---- 第12课：闲聊、推荐与道别 ----

id: taxi-12-001
lesson: taxi-12
zh: 您是第一次来我们这儿吗？
zh_reading: nín shì dì-yī cì lái wǒmen zhèr ma?
en: Is this your first time here?
en_alt: Is this your first visit?
ja: こちらは初めてですか。
ja_reading: kochira wa hajimete desu ka.
ja_kana: こちら は はじめてです か。
ko: 여기는 처음 오셨어요?
ko_reading: yeogineun cheoeum osyeosseoyo?
note: 闲聊可以从这句开始。客人回答很简短或者在看手机，就不要再接着聊了。
register: polite
tags: smalltalk

id: taxi-12-002
lesson: taxi-12
zh: 您是来出差还是旅游？
zh_reading: nín shì lái chūchāi háishi lǚyóu?
en: Are you here on business or on holiday?
en_alt: Are you here on business or on vacation?
en_alt: Are you here for work or for a holiday?
ja: お仕事ですか、それとも観光ですか。
ja_reading: oshigoto desu ka, soretomo kankō desu ka.
ja_kana: おしごとです か、 それとも かんこうです か。
ko: 출장 오셨어요, 여행 오셨어요?
ko_reading: chuljang osyeosseoyo, yeohaeng osyeosseoyo?
note: 度假英式说 holiday，美式说 vacation。不要问年龄、收入、婚姻、宗教这类私人问题。
register: polite
tags: smalltalk

id: taxi-12-003
lesson: taxi-12
zh: 您从哪里来？
zh_reading: nín cóng nǎlǐ lái?
en: Where are you visiting from?
en_alt: Where are you from?
ja: どちらからいらっしゃいましたか。
ja_reading: dochira kara irasshaimashita ka.
ja_kana: どちら から いらっしゃいました か。
ko: 어디에서 오셨어요?
ko_reading: eodieseo osyeosseoyo?
note: "Where are you visiting from?" 比 "Where are you from?" 更委婉；不要凭长相猜客人的国籍。
register: polite
tags: smalltalk

id: taxi-12-004
lesson: taxi-12
zh: 能推荐一家好吃的本地餐馆吗？
zh_reading: néng tuījiàn yì jiā hǎochī de běndì cānguǎn ma?
en: Can you recommend a good local restaurant?
ja: 地元のおすすめのお店はありますか。
ja_reading: jimoto no osusume no omise wa arimasu ka.
ja_kana: じもと の おすすめ の おみせ は あります か。
ko: 괜찮은 현지 식당 좀 추천해 주시겠어요?
ko_reading: gwaenchaneun hyeonji sikdang jom chucheonhae jusigesseoyo?
note: 客人说的话。推荐之前先问有没有忌口（见下一句）。
register: polite
tags: recommendation food guest

id: taxi-12-005
lesson: taxi-12
zh: 您有什么不吃的东西吗？
zh_reading: nín yǒu shénme bù chī de dōngxi ma?
en: Is there anything you don't eat?
ja: 召し上がれないものはありますか。
ja_reading: meshiagarenai mono wa arimasu ka.
ja_kana: めしあがれない もの は あります か。
ko: 못 드시는 음식이 있으세요?
ko_reading: mot deusineun eumsigi isseuseyo?
note: 推荐餐馆前先问。有的客人吃素、只吃清真食品，或者对花生、海鲜过敏；不要凭宗教或
+ 国籍自己猜（见本课礼仪题）。
register: polite
tags: recommendation food

id: taxi-12-006
lesson: taxi-12
zh: 这里的海鲜很有名，老城区有很多海鲜馆。
zh_reading: zhèlǐ de hǎixiān hěn yǒumíng, lǎochéngqū yǒu hěn duō hǎixiān guǎn.
en: The seafood here is famous. There are lots of seafood restaurants in the old town.
ja: ここは海鮮が有名です。旧市街に海鮮料理のお店がたくさんあります。
ja_reading: koko wa kaisen ga yūmei desu. kyūshigai ni kaisen ryōri no omise ga takusan arimasu.
ja_kana: ここ は かいせん が ゆうめいです。 きゅうしがい に かいせん りょうり の おみせ が たくさん あります。
ko: 여기는 해산물이 유명합니다. 구시가지에 해산물 식당이 많습니다.
ko_reading: yeogineun haesanmuri yumyeonghamnida. gusigajie haesanmul sikdangi manseumnida.
note: 按本市实际情况替换推荐内容；只推荐自己真正了解的地方。
register: neutral
tags: recommendation food
local: 青岛的海鲜；老城区（市南区）海鲜馆多：推荐的地方按本市实际
local_source: 青岛市文化和旅游局 旅游资讯

id: taxi-12-007
lesson: taxi-12
zh: 那边有一家清真餐厅。
zh_reading: nàbiān yǒu yì jiā qīngzhēn cāntīng.
en: There's a halal restaurant over there.
ja: あちらにハラールのレストランがあります。
ja_reading: achira ni harāru no resutoran ga arimasu.
ja_kana: あちら に ハラール の レストラン が あります。
ko: 저쪽에 할랄 식당이 있습니다.
ko_reading: jeojjoge hallal sikdangi itseumnida.
note: 清真餐厅英语叫 halal restaurant。指方向时用整只手掌，不要用一根手指。
register: neutral
tags: recommendation food

id: taxi-12-008
lesson: taxi-12
zh: 晚上去海边散散步很不错。
zh_reading: wǎnshang qù hǎibiān sànsan bù hěn búcuò.
en: The seafront is lovely for an evening walk.
ja: 夜の海辺の散歩もおすすめです。
ja_reading: yoru no umibe no sanpo mo osusume desu.
ja_kana: よる の うみべ の さんぽ も おすすめです。
ko: 저녁에 바닷가를 산책하시는 것도 좋아요.
ko_reading: jeonyeoge badatgareul sanchaekasineun geotdo joayo.
note: 推荐地方时顺便说一下怎么去、大概要多久，客人会更方便。
register: neutral
tags: recommendation smalltalk
local: 青岛的海边步道（如栈桥、八大关一带）
local_source: 青岛市文化和旅游局 旅游资讯

id: taxi-12-009
lesson: taxi-12
zh: 晚上出去走走安全吗？
zh_reading: wǎnshang chūqu zǒuzou ānquán ma?
en: Is it safe to walk around at night?
ja: 夜に出歩いても安全ですか。
ja_reading: yoru ni dearuite mo anzen desu ka.
ja_kana: よる に であるいて も あんぜんです か。
ko: 밤에 돌아다녀도 안전한가요?
ko_reading: bame doradanyeodo anjeonhangayo?
note: 客人说的话。如实回答，可以提醒客人看好手机和包，过马路时留意电动车。
register: neutral
tags: smalltalk guest

id: taxi-12-010
lesson: taxi-12
zh: 我外语说得不太好，请多包涵。
zh_reading: wǒ wàiyǔ shuō de bú tài hǎo, qǐng duō bāohán.
en: My English isn't very good, so please bear with me.
ja: 日本語があまり話せず、申し訳ございません。
ja_reading: nihongo ga amari hanasezu, mōshiwake gozaimasen.
ja_kana: にほんご が あまり はなせず、 もうしわけございません。
ko: 한국어를 잘 못해서 죄송합니다.
ko_reading: hangugeoreul jal motaeseo joesonghamnida.
note: 说一次就够，不必反复道歉；客人一般都很欣赏你愿意用他的语言交流。
register: polite
tags: smalltalk understanding

id: taxi-12-011
lesson: taxi-12
zh: 祝您旅途愉快！
zh_reading: zhù nín lǚtú yúkuài!
en: Have a good trip!
en_alt: Have a nice trip!
en_alt: Enjoy your trip!
ja: よいご旅行を。
ja_reading: yoi goryokō o.
ja_kana: よい ごりょこう を。
ko: 즐거운 여행 하세요.
ko_reading: jeulgeoun yeohaeng haseyo.
note: 客人还要接着旅行时说。客人要在本地住几天时，说下一句 "Enjoy your stay!" 更贴切。
register: polite
tags: farewell

id: taxi-12-012
lesson: taxi-12
zh: 祝您在这里玩得开心！
zh_reading: zhù nín zài zhèlǐ wán de kāixīn!
en: Enjoy your stay!
en_alt: Have a great time here!
ja: どうぞ楽しいご滞在を。
ja_reading: dōzo tanoshii gotaizai o.
ja_kana: どうぞ たのしい ごたいざい を。
ko: 즐거운 시간 보내세요.
ko_alt: 여기서 즐거운 시간 보내세요.
ko_reading: jeulgeoun sigan bonaeseyo.
note: 客人刚到、要在本地住几天时说，比如从机场送到酒店。
register: polite
tags: farewell

id: taxi-12-013
lesson: taxi-12
zh: 祝您一路平安！
zh_reading: zhù nín yílù píng'ān!
en: Have a safe flight!
en_alt: Have a safe journey!
ja: どうぞお気をつけて。
ja_reading: dōzo oki o tsukete.
ja_kana: どうぞ おき を つけて。
ko: 조심히 가세요.
ko_reading: josimhi gaseyo.
note: 送到机场说 "Have a safe flight!"，送到火车站、码头说 "Have a safe journey!"。
register: polite
tags: farewell

id: taxi-12-014
lesson: taxi-12
zh: 谢谢您坐我的车，再见！
zh_reading: xièxie nín zuò wǒ de chē, zàijiàn!
en: Thank you for riding with me. Goodbye!
en_alt: Thanks for riding with me. Goodbye!
ja: ご乗車ありがとうございました。
ja_reading: gojōsha arigatō gozaimashita.
ja_kana: ごじょうしゃ ありがとうございました。
ko: 이용해 주셔서 감사합니다. 안녕히 가세요.
ko_reading: iyonghae jusyeoseo gamsahamnida. annyeonghi gaseyo.
note: 客人下车时说一句感谢。日语送客用过去式「ありがとうございました」，一般不说「さようなら」。
register: polite
tags: farewell

id: taxi-12-015
lesson: taxi-12
zh: 您也是！
zh_reading: nín yě shì!
en: You too!
en_alt: Same to you!
ja: ありがとうございます。お客様もお気をつけて。
ja_reading: arigatō gozaimasu. okyakusama mo oki o tsukete.
ja_kana: ありがとうございます。 おきゃくさま も おき を つけて。
ko: 손님도 좋은 하루 보내세요.
ko_reading: sonnimdo joeun haru bonaeseyo.
note: 客人说 "Have a good day!" 时这样回答；不要只回一句 "OK"。
register: polite
tags: farewell

id: taxi-12-016
lesson: taxi-12
zh: 谢谢，您开车很稳。
zh_reading: xièxie, nín kāichē hěn wěn.
en: Thanks, that was a very smooth ride.
ja: ありがとうございました。とても丁寧な運転でした。
ja_reading: arigatō gozaimashita. totemo teinei na unten deshita.
ja_kana: ありがとうございました。 とても ていねいな うんてんでした。
ko: 감사합니다. 운전을 참 편안하게 해 주셨어요.
ko_reading: gamsahamnida. unjeoneul cham pyeonanhage hae jusyeosseoyo.
note: 客人说的话，是在夸你。可以回答 "Thank you, I'm glad you had a good ride."。
register: neutral
tags: farewell guest

%rec: Courtesy
%key: id

# ---- 第1课 ----

id: taxi-01-c01
lesson: taxi-01
region: global
situation: 一位外国客人上车后用英语说了一个酒店名。您没听说过这家酒店，也拿不准
+ 客人的发音。您应该怎么做？
option_a: 先往市中心开，边开边猜是哪一家。
option_b: 用翻译软件把酒店的英文名翻成中文，按翻译出来的名字导航。
option_c: 请客人给您看中文地址、酒店卡片或手机地图，确认后再出发。
option_d: 说 "I don't know."，请客人换一辆车。
answer: c
explanation: 外文地名和中文名常常对不上，很多司机也看不懂英文地址，所以给外国游客的
+ 打车指南都建议客人出示中文地址或酒店卡片。看中文地址最快也最准。
+ 猜着开容易送错、绕路，最后为车费起争执；酒店的中文名往往不是英文名的直译，翻译软件
+ 很容易翻错；让客人换车既失礼，也是拒载。
reference: https://www.speakchineselive.com/chinese-knowledge-hub/practical-expression/getting-around-essential-chinese-phrases-for-taking-a-taxi-in-china
reference: 交通运输部《巡游出租汽车经营服务管理规定》
tags: destination address

id: taxi-01-c02
lesson: taxi-01
region: global
situation: 您在酒店门口等客，看到一位外国客人拖着箱子四处张望，像是在找出租车。
+ 您想示意他过来，怎么做最得体？
option_a: 手心向下招招手，或走过去问一句 "Taxi?"
option_b: 伸出食指朝他勾一勾。
option_c: 按两下喇叭，让他注意到您。
option_d: 隔着马路大声喊 "Hey! Taxi!"，声音大他才听得见。
answer: a
explanation: 用一根手指勾人过来，在菲律宾、中国等很多地方被看作不礼貌，像在招呼动物。
+ 用整只手、手心向下招手，或者走过去问一句，对哪国客人都不会失礼。
+ 按喇叭会吓到行人；隔着马路喊 "Hey!" 也显得粗鲁。
reference: https://www.worldsim.com/blog/cultural-differences-hand-signals
reference: https://www.fodors.com/world/asia/philippines/travel-tips/etiquette-253762860
tags: gestures pickup

# ---- 第2课 ----

id: taxi-02-c01
lesson: taxi-02
region: CN
situation: 车经过港口附近的一片军事管理区。一位外国游客举起相机说："Could you stop here?
+ I'd like to take some photos of the ships." 您应该怎么回应？
option_a: 靠边停车，让他下车拍个够。
option_b: 不说话，加速开过去。
option_c: 不停车，但把车开慢一点，让他隔着车窗快速拍几张，这样谁都不耽误。
option_d: 告诉他军事区域不能拍照，再推荐一个能拍港口的观景点。
answer: d
explanation: 在中国，军事设施和其他敏感地点禁止拍照，很多寺庙、博物馆里也不许拍。
+ 外国客人多半不知道，提醒他是在帮他避免麻烦。先简单说明原因，再给一个能拍照的地方，
+ 客人就不会觉得被拒绝。一声不吭地开走会让客人困惑；隔着车窗拍同样违反规定。
reference: https://help.wendywutours.com.au/knowledge/travel-with-consideration-china
reference: http://en.people.cn/205040/7856860.html
tags: photography places

id: taxi-02-c02
lesson: taxi-02
region: global
situation: 高铁站出租车候车区排着长队。排在最前面的是一位提着大包的本地老人，
+ 第三位是一位外国游客。调度员示意您接下一位乘客。您怎么做？
option_a: 招手请外国游客先上车，外国客人一般去得远。
option_b: 按排队顺序接老人，并帮他把行李放进后备箱。
option_c: 问排队的人谁去机场，先载去得远的。
option_d: 请老人和外国游客拼一辆车，两个都载。
answer: b
explanation: 在英国、加拿大、日本等很多地方，人们非常看重按顺序排队，插队会引起强烈
+ 反感，各国客人也都看在眼里。按顺序载客对大家公平；挑客、随意拼客还可能违反出租车
+ 管理规定。很多文化都讲究照顾老人，帮老人放行李正是好的服务。
reference: https://countrynavigator.com/blog/cultural-intelligence/queuing/
reference: https://www.thetimes.co.uk/article/line-management-mhpckfmc9
tags: queue pickup

# ---- 第3课 ----

id: taxi-03-c01
lesson: taxi-03
region: global
situation: 去机场有两条路：走高速快十五分钟，但要另付过路费；走市区道路不收费，
+ 但慢一些。客人只说了 "To the airport, please."。您怎么办？
option_a: 出发前简单说明两条路的时间和费用，让客人选。
option_b: 直接走高速，到了再告诉客人要加付过路费。
option_c: 走市区道路，不用跟客人商量。
option_d: 按自己的习惯走，客人问起再解释。
answer: a
explanation: 给外国游客的打车用语里专门有"走不走高速""大概多少钱"这类句子，说明客人
+ 很在意路线和费用。事先说清楚、让客人决定，是尊重客人，也能避免下车时为过路费争执。
+ 替客人做主，哪怕选了便宜的路，赶时间的客人也可能不满意。
reference: https://www.speakchineselive.com/chinese-knowledge-hub/practical-expression/getting-around-essential-chinese-phrases-for-taking-a-taxi-in-china
reference: 交通运输部《巡游出租汽车经营服务管理规定》
tags: route toll
local: 去青岛胶东国际机场的路线（收费的高速和不收费的道路）、两条路的时间差和通行费：按实际路线填写
local_source: 山东省交通运输厅 收费公路信息公开；青岛市交通运输局

id: taxi-03-c02
lesson: taxi-03
region: DE
situation: 一位德国客人上车就说："I'm in a hurry. My train leaves in twenty-five minutes."
+ 导航显示到火车站要三十分钟。您怎么回应？
option_a: 说 "No problem!"，然后一路超速、抢道。
option_b: 什么也不说，尽量开快，到了再说。
option_c: 如实说导航要三十分钟，您会安全地走最快的路线，并建议他考虑改签。
option_d: 反复安慰他 "Don't worry, don't worry."，不提时间。
answer: c
explanation: 在德国、瑞士、日本、美国等重视时间的文化里，准时被看作对别人的尊重，客人
+ 需要准确的信息来安排下一步，而不是一句空话。如实说明预计时间，客人可以及时改签或
+ 通知别人。超速既危险又违法；只说 "Don't worry" 会让客人到了车站才发现赶不上，更失望。
reference: https://en.wikipedia.org/wiki/Chronemics
tags: time route

# ---- 第4课 ----

id: taxi-04-c01
lesson: taxi-04
region: CN
situation: 一位客人上车后拿出香烟，问您："Do you mind if I smoke?"
+ 您怎么回答？
option_a: 说 "No problem, go ahead."，把车窗都打开，车里散散味就好，客人开心最重要。
option_b: 板起脸说 "No! It's against the law!"
option_c: 不回答，假装没听见。
option_d: 婉拒，说 "I'm sorry, smoking isn't allowed in the car."
answer: d
explanation: 《青岛市控制吸烟条例》禁止在出租汽车等公共交通工具和室内公共场所吸烟；
+ 车里留下的烟味也会让下一位乘客难受。所以不能同意，
+ 但要客气地拒绝，再给一个替代办法，比如提出在前面安全的地方停一下。
+ 注意 "Do you mind if ...?" 问的是"您介意吗"，
+ 回答 "No problem" 就等于同意了。生硬地说教或不理不睬，
+ 都会让客人难堪。
reference: https://global.chinadaily.com.cn/china/2015-12/28/content_22834827_9.htm
reference: http://www.chinadaily.com.cn/china/2014-11/29/content_18996868.htm
tags: smoking safety
local: 出租汽车内禁止吸烟（《青岛市控制吸烟条例》）；罚则和条文号按正式文本核对后才写
local_source: 《青岛市控制吸烟条例》（青岛市人大常委会 2013 年 6 月 27 日通过，2013 年 9 月 1 日起施行）；条文号未按正式文本核对，不写

id: taxi-04-c02
lesson: taxi-04
region: global
situation: 一位客人坐进后排，没有系安全带，就低头看起了手机。您怎么做？
option_a: 后排不用系，直接出发。
option_b: 出发前客气地提醒客人系好安全带。
option_c: 不出发，也不说原因，等客人自己发现。
option_d: 探身过去替客人把安全带系上。
answer: b
explanation: 按《道路交通安全法》，机动车行驶时乘车人也应当按规定使用安全带，
+ 后排也不例外；给外国游客的打车指南也把"系安全带"列为常用句。
+ 用 "Could you fasten your seat belt, please? Thank you."
+ 提醒，客人不会觉得被命令。不说原因干等会让人困惑；替客人系安全带会碰到客人身体，
+ 很多人会觉得被冒犯。
reference: 《中华人民共和国道路交通安全法》第五十一条
reference: https://www.speakchineselive.com/chinese-knowledge-hub/practical-expression/getting-around-essential-chinese-phrases-for-taking-a-taxi-in-china
tags: safety

# ---- 第5课 ----

id: taxi-05-c01
lesson: taxi-05
region: global
situation: 到达后计价器显示八十六元（含过桥费）。一位外国客人皱起眉头说：
+ "That's too much! My friend paid fifty yesterday." 您怎么办？
option_a: 为了不起争执，主动少收二十元，免得客人不满意去投诉。
option_b: 指着计价器说 "Meter! Meter!"，坚持收八十六元，别的不用多解释。
option_c: 说可能他朋友走的路线不同，按他说的五十元收下算了。
option_d: 指给他看计价器和过桥费票据，逐项说明，并给他发票。
answer: d
explanation: 计价器和发票是最有说服力的说明。逐项讲清车费和过桥费，再给一张印有车号和电话的发票，
+ 客人如果还有疑问，可以事后核实或投诉，这会让他放心付款。只重复 "Meter!" 不解释，
+ 客人会觉得被敷衍，争执容易升级；主动少收或按他说的价钱收，反而会让客人以为您本来就多收了，
+ 也不符合按计价器收费的规定。
reference: https://www.iscbj.com/forum/travel-chinese-3/lesson-4-taxi-receipt-12
reference: https://www.speakchineselive.com/chinese-knowledge-hub/practical-expression/getting-around-essential-chinese-phrases-for-taking-a-taxi-in-china
reference: 交通运输部《巡游出租汽车经营服务管理规定》
tags: fare meter receipt
local: 货币单位：人民币元；86 元（含过桥费）、50 元、20 元都是示例金额
local_source: 《中华人民共和国中国人民银行法》第十六条（人民币是法定货币）；例中金额是示例，不是规定价格

id: taxi-05-c02
lesson: taxi-05
region: global
situation: 一位外国客人在路边招手，上车前先问："How much to the airport?"
+ 您怎么回答？
option_a: 告诉他按计价器收费、大概多少钱，过路费另付。
option_b: 报一个比打表贵一些的一口价，反正客人不熟悉行情。
option_c: 只说 "Meter, meter."，不再解释。
option_d: 说 "Cheap, cheap!"，请他先上车再说。
answer: a
explanation: 给外国游客的打车用语里都有"大概多少钱"这一句，很多人在别的国家被出租车
+ 多收过钱，所以会先问。给一个大概的范围，说明按表计费、过路费另付，客人心里有数，
+ 也更信任您。报一口价不符合出租车打表收费的规定；只说 "Meter" 或 "Cheap" 等于没回答。
reference: https://www.speakchineselive.com/chinese-knowledge-hub/practical-expression/getting-around-essential-chinese-phrases-for-taking-a-taxi-in-china
reference: 交通运输部《巡游出租汽车经营服务管理规定》
tags: fare meter

# ---- 第6课 ----

id: taxi-06-c01
lesson: taxi-06
region: CN
situation: 车费二十三元，一位外国客人递给您一张一百元的钞票。您平时只用手机收款，
+ 身上零钱不多。您应该怎么做？
option_a: 说 "QR code only."，请客人扫码。
option_b: 收下一百元，说零钱下次坐车再抵。
option_c: 收下现金，找给他七十七元；以后出车备好零钱。
option_d: 把钱还给客人，说 "No change, sorry."，请他下车。
answer: c
explanation: 中国人民银行2018年第10号公告规定，除依法应当采用非现金支付的情形外，
+ 任何单位和个人不得拒收人民币现金，已有商户因此被罚款。2026年2月1日起施行的
+ 《人民币现金收付及服务规定》进一步要求面对面服务必须支持现金支付，并备好合理的零钱，
+ 不能以没有零钱为由拒收。您可以更喜欢扫码，但客人付现金就必须收下并找零。
reference: https://loc.gov/law/foreign-news/article/china-central-bank-warns-businesses-not-to-refuse-cash/
reference: https://english.dotdotnews.com/a/202512/23/AP694a2ac5e4b0c32d4f640b17.html
tags: payment cash
local: 必须收人民币现金并找零；23 元车费和 100 元钞票是示例
local_source: 中国人民银行公告〔2018〕第 10 号（不得拒收人民币现金）；中国人民银行、国家发展改革委、金融监管总局《人民币现金收付及服务规定》（2025 年 11 月 27 日发布，2026 年 2 月 1 日起施行：面对面收款应支持现金支付，保持合理的零钱备付）

id: taxi-06-c02
lesson: taxi-06
region: CN
situation: 到达后，一位外国客人说："I only have a Visa card. Can I pay with it?"
+ 您车上没有刷卡机。您怎么回答？
option_a: 说 "No card. Cash only."，请他去取钱。
option_b: 问他有没有把 Visa 卡绑定到支付宝或微信支付；没有的话可以付现金。
option_c: 说 "Foreign cards don't work in China."，请他找朋友帮忙付。
option_d: 让他先走，改天再把车费转给您。
answer: b
explanation: 2023年7月起，外国游客可以把境外发行的 Visa、Mastercard、
+ JCB 等银行卡绑定到支付宝和微信支付，再扫码付款。很多游客不知道，
+ 告诉他们就能解决问题。说外国卡在中国不能用是错误信息，让客人找朋友代付也不必要；
+ 只说 "Cash only" 不给其他办法，客人会很为难；改天再付对双方都不方便。
reference: https://wb.beijing.gov.cn/home/index/wsjx/202307/t20230722_3205016.html
reference: https://www.nfcw.com/2023/08/02/385047/chinese-mobile-payment-giants-add-support-for-credit-cards-issued-overseas/
tags: payment mobile-payment card

id: taxi-06-c03
lesson: taxi-06
region: US
situation: 车费四十七元，一位美国客人给您六十元，笑着说："Keep the change."
+ 您怎么做？
option_a: 坚持把十三元塞回去，说 "No tip! No tip in China!"
option_b: 收下钱，一句话也不说。
option_c: 告诉他在中国给小费是看不起人。
option_d: 微笑道谢；按公司规定收下，或客气地婉谢并找零。
answer: d
explanation: 在美国，给出租车司机约15%到20%的小费很普遍，客人这样做是在表达感谢。
+ 中国大陆的出租车一般不收小费，所以收还是不收，按公司规定来，
+ 关键是要礼貌回应，比如 "That's very kind, but it's not necessary."。
+ 硬塞回去或说教会让好意变成尴尬；一声不吭地收下显得冷淡；说"看不起人"也不符合事实。
+ 反过来，在日本、韩国，给小费有时才会被当作失礼，日韩客人一般不会给。
reference: https://en.wikivoyage.org/wiki/Tipping
reference: https://www.iscbj.com/forum/travel-chinese-3/lesson-4-taxi-receipt-12
reference: https://travelerstoday.com/articles/21222/20160118/tipping-in-different-countries.htm
reference: http://www.chicagotribune.com/features/tribu/sc-fam-0513-lifeskills-tipping-20100513,0,499024.story
reference: 交通运输部《巡游出租汽车经营服务管理规定》
tags: tipping payment
local: 货币单位：人民币元；47 元、60 元是示例金额
local_source: 《中华人民共和国中国人民银行法》第十六条（人民币是法定货币）；例中金额是示例，不是规定价格

# ---- 第7课 ----

id: taxi-07-c01
lesson: taxi-07
region: global
situation: 到达后，客人用手机付了款，拿上行李就要走，没有要发票。您怎么做？
option_a: 把发票递给他，告诉他上面有车号，万一落下东西可以找到。
option_b: 客人没要，就不用给了。
option_c: 把发票留在打印机上，客人想要会自己回来拿，不用追着给，免得耽误他。
answer: a
explanation: 出租车发票上印有车号和电话。客人万一把东西落在车上，或者事后想核对车费，
+ 凭发票就能很快找到这辆车；给外国游客的指南也提醒下车前记下车号、
+ 检查随身物品。主动给一张发票，是给客人留一条后路；留在车上等客人回来拿，
+ 他多半已经走远了。
reference: https://www.iscbj.com/forum/travel-chinese-3/lesson-4-taxi-receipt-12
reference: https://www.speakchineselive.com/chinese-knowledge-hub/practical-expression/getting-around-essential-chinese-phrases-for-taking-a-taxi-in-china
reference: 交通运输部《巡游出租汽车经营服务管理规定》
tags: receipt lost-property

id: taxi-07-c02
lesson: taxi-07
region: CN
situation: 一位外国客人下车半小时后，您在后座发现一个钱包，里面有护照和银行卡。
+ 您不知道客人住在哪里。您应该怎么做？
option_a: 先收好，等失主自己打电话来找。
option_b: 设法联系失主（如通过打车软件的订单）；联系不上就交给公司或派出所。
option_c: 开回刚才的下车地点，把钱包交给附近的保安，客人回来找东西时最可能先去那里问。
option_d: 把护照拍照发到朋友圈，寻找失主。
answer: b
explanation: 护照对外国客人至关重要：按《出境入境管理法》，外国人在中国住宿要办理
+ 住宿登记，酒店入住时要登记护照，丢了护照会寸步难行。所以要主动、尽快归还；
+ 联系不上就交给公司或公安机关，由他们联系失主。交给不相干的人不可靠；把护照照片发到
+ 网上会泄露客人的个人信息。
reference: https://chinasurvivalkit.com/blog/china-hotel-check-in-foreigner
reference: https://www.speakchineselive.com/chinese-knowledge-hub/practical-expression/getting-around-essential-chinese-phrases-for-taking-a-taxi-in-china
reference: 交通运输部《巡游出租汽车经营服务管理规定》
tags: lost-property passport

# ---- 第8课 ----

id: taxi-08-c01
lesson: taxi-08
region: global
situation: 客人说："Please stop right in front of the hotel door." 可是酒店门前是禁停
+ 路段，交警就在旁边。您怎么做？
option_a: 直接停下，让客人快点下车。
option_b: 说 "No!"，开过去再停，不解释。
option_c: 说明这里不能停，在前面能停车的地方停。
option_d: 绕着街区一圈圈开，直到门口能停为止，客人想在门口下就尽量满足。
answer: c
explanation: 婉拒的好办法是：先回应客人的要求，简短说明原因，再给出替代办法。
+ "I'm afraid I can't stop here, but I'll pull over just around
+ the corner." 让拒绝听起来不生硬；说清楚停在哪里、
+ 有多远，客人就容易接受。违章停车既危险又会被罚；只说 "No" 很失礼；
+ 一圈圈绕会让计价器多跳，客人反而不满。
reference: https://www.eapronantes-formation.com/en/post/how-to-say-no-to-your-guest-without-damaging-the-customer-relation
reference: https://www.englishclass101.com/lesson/hospitality-english-for-hotels-24-polite-refusals/?lp=84
reference: 《中华人民共和国道路交通安全法》
tags: refusing arrival

id: taxi-08-c02
lesson: taxi-08
region: global
situation: 到达酒店后，一位戴头巾的女乘客准备下车，她的行李箱看起来很重。
+ 您怎么帮忙最得体？
option_a: 扶住她的胳膊帮她下车，再去拿箱子。
option_b: 什么也不问，直接从她手里把箱子拿过来，主动帮忙总是礼貌的。
option_c: 先问她要不要帮忙，她同意后从后备箱取出行李。
option_d: 坐在车里等她自己拿。
answer: c
explanation: 有些穆斯林女性（以及一些正统派犹太教徒等）不和没有亲属关系的异性有身体接触，
+ 连握手也会避免。先问 "Would you like a hand with your suitcase?"，
+ 再帮，并且只帮忙拿行李，对任何客人都不会失礼。不打招呼就拿箱子或扶胳膊会让人不安；
+ 坐着不动又显得冷淡。
reference: https://www.allabouturkiye.com/about-turkiye/turkish-culture-traditional/greetings/
reference: http://bodylanguagelady.blogspot.com/2011/12/handshake-rules-and-etiquette-in-north.html
reference: http://www.smh.com.au/news/opinion/greeting-with-hands-is-no-great-shakes/2007/07/11/1183833598456.html
tags: luggage touch

# ---- 第9课 ----

id: taxi-09-c01
lesson: taxi-09
region: ES MX
situation: 您去机场接一位预约的客人，订单上的名字是 "María Fernández López"。
+ 您要在接机牌上写称呼，哪一种最合适？
option_a: Ms. Fernández
option_b: Ms. López
option_c: María
option_d: Mrs. María
answer: a
explanation: 说西班牙语的人常有两个姓：第一个来自父亲，第二个来自母亲，称呼时一般用
+ 第一个姓，所以是 Fernández。对客人用 Ms. 或 Mr. 加姓；不清楚女士的婚姻状况时用 Ms.。
+ 只写名字显得随便；"Mrs. María" 把称谓和名字连在一起，是常见的错误。
reference: https://www.wintranslation.com/cross-cultural-naming-conventions/
reference: https://www.w3.org/International/questions/qa-personal-names
tags: address names booking

id: taxi-09-c02
lesson: taxi-09
region: JP
situation: 一位日本商务客人预约了明天早上七点整从酒店出发去机场。您怎么安排？
option_a: 七点整准时从家出门去接，路上再说。
option_b: 七点十分左右到，客人一般也会晚下来几分钟，早到了反而要干等。
option_c: 到了以后在门口按喇叭，催客人下来。
option_d: 提前五到十分钟到，发消息告诉客人车到了和车牌号。
answer: d
explanation: 在日本、德国、美国等重视准时的文化里，迟到被看作不尊重对方。
+ 预约接送要在约定时间之前到，并告诉客人车在哪里；万一要迟到，
+ 提前打电话或发消息说明。七点才出门必然迟到；以为客人也会晚下来而晚到，
+ 会让客人在门口干等；按喇叭催人在哪里都显得粗鲁。
reference: https://en.wikipedia.org/wiki/Chronemics
tags: time booking

# ---- 第10课 ----

id: taxi-10-c01
lesson: taxi-10
region: CN
situation: 行车途中，后座一位年长的外国乘客突然捂着胸口，脸色发白，呼吸急促。
+ 您应该怎么做？
option_a: 打 110 报警。
option_b: 马上在安全的地方靠边停车，打 120。
option_c: 不停车，直接开往最近的医院急诊，这样比等救护车快。
option_d: 打 122。
answer: b
explanation: 中国的急救电话是 120，报警是 110，火警是 119，交通事故是 122，拨打都免费。胸痛、呼吸困难可能很危急，要尽快叫救护车，讲清楚在哪里、发生了什么、联系电话；救护车上有急救人员和设备，
+ 路上就能开始救治，自己开车送去医院会耽误这些。有的大城市有会说英语的接线员，但不能保证，所以由您来打电话说明最快。
reference: https://www.gochinaroute.com/china-emergency-numbers-police-ambulance-fire
reference: http://china.org.cn/english/China/154580.htm
tags: emergency health

id: taxi-10-c02
lesson: taxi-10
region: CN
situation: 您的车在路口被追尾，车上一位外国乘客看起来没有受伤，但很紧张。
+ 您应该先做什么？
option_a: 让乘客坐在车里别动，您先下车和对方司机理论，把责任说清楚、拍好照片再报警。
option_b: 先问乘客有没有受伤，开双闪，请他到路边安全处，再打 122。
option_c: 打 119。
option_d: 请乘客自己打 110。
answer: b
explanation: 出了交通事故先顾人，争责任可以等交警来了再说：确认有没有人受伤，
+ 防止二次事故，让乘客离开车道。交通事故报警电话是 122，有人受伤同时打 120；
+ 119 是火警，110 是治安报警。外国乘客不熟悉中国的报警电话，
+ 也可能不会说中文，应当由司机来报警和说明情况。
reference: https://www.gochinaroute.com/china-emergency-numbers-police-ambulance-fire
reference: http://china.org.cn/english/China/154580.htm
tags: emergency accident

# ---- 第11课 ----

id: taxi-11-c01
lesson: taxi-11
region: CN
situation: 一位盲人乘客牵着导盲犬在路边招手。您应该怎么做？
option_a: 开过去不停，担心狗弄脏车。
option_b: 停车，但请他把狗放进后备箱：狗毛会弄脏座位，下一位乘客可能会过敏或有意见。
option_c: 停车，但说带狗要多收二十元。
option_d: 停车，告诉他您是出租车司机，问他需不需要帮忙；不摸、不喂导盲犬。
answer: d
explanation: 导盲犬是正在工作的服务犬。《残疾人保障法》第五十八条写明盲人可以携带导盲犬
+ 出入公共场所（遵守国家有关规定）；2023年通过的《无障碍环境建设法》也要求为残疾人安全出行、
+ 乘坐公共交通提供便利。导盲犬要待在主人脚边，不能关进后备箱。
+ 和视障客人打交道时先说明自己是谁；不要去摸、喂或逗导盲犬，有事问它的主人。
reference: https://globaltimes.cn/page/202110/1236047.shtml
reference: https://www.chinajusticeobserver.com/a/china-enacts-law-on-barrier-free-environment
reference: https://www.nassaucountyny.gov/3176/Disability-Etiquettes
reference: 《中华人民共和国残疾人保障法》第五十八条
reference: http://www.xinhuanet.com/english/2018-10/14/c_137532272.htm
tags: accessibility guide-dog
local: 导盲犬乘车：全国适用的《残疾人保障法》第五十八条和《无障碍环境建设法》；多收 20 元是示例中的错误做法
local_source: 《中华人民共和国残疾人保障法》第五十八条；《中华人民共和国无障碍环境建设法》（2023 年 9 月 1 日起施行）

id: taxi-11-c02
lesson: taxi-11
region: global
situation: 一位坐轮椅的客人和朋友一起打车。朋友站在旁边，客人自己坐在轮椅上。
+ 您应该怎么做？
option_a: 对客人本人说话，问他需不需要帮忙、怎么帮，比如怎样上车、轮椅怎么折。
option_b: 直接推起轮椅往车门走，让客人快点上车。
option_c: 只问他的朋友："Where is he going? Can he get in by himself?"
option_d: 站在一旁看着，什么也不说。
answer: a
explanation: 跟残障客人说话要直接对他本人说，而不是对陪同的人说。帮忙要先问，客人接受
+ 以后再问怎么做。轮椅是客人身体空间的一部分，没经同意不要推，也不要倚靠在上面。
+ 站在一旁不吭声，会让人觉得您不愿意帮忙。
reference: https://disabilitytraining.humboldt.edu/disability-etiquette-wrap
reference: https://www.colgate.edu/about/campus-services-and-resources/disability-etiquette-communication-considerations
reference: https://alexwlchan.net/ideas-for-inclusive-events/ideas/dont-interfere
tags: accessibility wheelchair

id: taxi-11-c03
lesson: taxi-11
region: TH
situation: 一家泰国游客上了车，后排的小男孩很可爱，一直冲您笑。您想表示友好，
+ 怎么做最合适？
option_a: 回过头摸摸孩子的头。
option_b: 轻轻捏一下孩子的脸蛋。
option_c: 笑着跟孩子打个招呼，不碰他。
option_d: 不问家长，给孩子一块糖。
answer: c
explanation: 在泰国和许多信奉佛教的国家，头被看作身体最神圣的部位，摸别人的头（包括
+ 孩子的头）会冒犯对方。微笑、打招呼就足够友好。捏脸同样是不请自来的身体接触；
+ 不问家长就给孩子吃东西，家长可能担心过敏或饮食禁忌。
reference: https://www.worldsim.com/blog/cultural-differences-hand-signals
reference: https://www.lonelyplanet.com/thailand/surin-islands-marine-national-park/practical-information/directory/etiquette/a/nar/e407a35a-0236-4498-8215-e57c673f9267/1002440
tags: children touch

# ---- 第12课 ----

id: taxi-12-c01
lesson: taxi-12
region: MY
situation: 一位戴头巾的马来西亚女士问您："Can you recommend a place to eat near my hotel?"
+ 您怎么回答？
option_a: 推荐您最爱的烧烤店，那里的烤五花肉和啤酒很有名。
option_b: 推荐一家素食馆，因为"穆斯林不吃肉"。
option_c: 先问她有没有饮食上的要求，或者推荐挂"清真"标志的餐馆。
option_d: 说附近没什么好吃的，不推荐。
answer: c
explanation: 很多穆斯林只吃清真食品：不吃猪肉和含猪肉成分的食物，不喝酒，肉类要按伊斯兰
+ 的方式屠宰，但并不要求吃素。最稳妥的是先问客人的需要，不要只凭头巾替她假设，也不要
+ 只按自己的口味推荐。中国很多城市都有挂"清真"招牌的餐馆，可以告诉她。
reference: http://theculturalatlas.org/islam/dietary-requirements
reference: https://comedinetogether.uk/faq/religious-restrictions/
reference: https://www.gvsu.edu/interfaith/dietary-considerations-163.htm
tags: food halal recommendation

id: taxi-12-c02
lesson: taxi-12
region: IR
situation: 一位伊朗客人指着导航问："Is this the way to the museum?" 您想告诉他
+ "对，没错"，怎么表示最稳妥？
option_a: 点点头，说 "Yes, that's right."
option_b: 用拇指和食指比一个 "OK" 的圆圈。
option_c: 竖起大拇指。
answer: a
explanation: 竖大拇指在伊朗等地是粗鲁的手势；"OK" 圆圈手势
+ 在巴西、希腊、土耳其有下流的含义，在日本表示"钱"，在法国表示"零"。同一个手势在不同
+ 国家的意思可能完全不同，点头再加一句话最不会被误解。
reference: https://www.worldsim.com/blog/cultural-differences-hand-signals
reference: http://www.npr.org/sections/talk/2008/12/around_the_world_in_insults.html
reference: https://metro.co.uk/2015/07/15/whoops-philip-hammond-gave-iran-the-finger-over-nuclear-agreement-5296791/
tags: gestures

id: taxi-12-c03
lesson: taxi-12
region: global
situation: 一位穿着民族服装的客人坐在后排，衣服很有特色。您很想拍一张照片发朋友圈。
+ 您应该怎么做？
option_a: 等红灯时用手机悄悄拍一张。
option_b: 先问客人能不能拍，同意了再拍；拒绝就不再提。
option_c: 只拍客人的背影，这样就不算冒犯。
option_d: 直接拍，拍完再给客人看，请他别介意，大多数游客都喜欢被拍。
answer: b
explanation: 给别人拍照前要先征得同意，对方说 "no" 就马上放弃；拍孩子要征得家长同意。
+ 作为司机，更不应该随便拍乘客本人或他们的证件。偷拍、先拍后问、拍背影，都没有得到
+ 对方的同意。反过来，客人请您帮忙拍照是完全可以的。
reference: https://help.wendywutours.com.au/knowledge/travel-with-consideration-china
reference: http://en.people.cn/205040/7856860.html
tags: photography privacy

id: taxi-12-c04
lesson: taxi-12
region: JP
situation: 到达目的地后，一位日本客人下车前向您微微鞠躬，说「ありがとうございました」。
+ 您怎么回应？
option_a: 微笑点头或轻轻欠身，说 "Thank you!"
option_b: 装作没看见，直接开走。
option_c: 下车走到客人面前，深深鞠一个九十度的躬，比客人更低才显得尊重。
option_d: 伸手和他用力握手，再拍拍他的肩膀。
answer: a
explanation: 在日本，轻轻鞠躬是常见的道谢和道别方式。司机坐在车里点头或欠身回礼，再道
+ 一声谢，就很得体。专门下车深鞠躬没有必要，在路边开门下车也不安全；和日本客人握手
+ 可以，但不要握得太用力，更不要拍肩膀。
reference: https://countrynavigator.com/blog/global-talent/greetings/
reference: https://en.wikipedia.org/wiki/Bowing_in_Japan
tags: greeting farewell

%rec: Lesson

id: taxi-13
title: 机场和火车站
title_en: The airport and the railway stations
order: 13
description: 胶东国际机场的出发层和到达层、机场的正规出租车候车区、航站楼里拉客的车；
+ 青岛站、青岛北站、青岛西站，看车票确认是哪个站。

id: taxi-14
title: 网约车
title_en: Ride-hailing
order: 14
description: 核对车牌、车费在打车软件里付、软件里的目的地和客人说的不一样、取消订单和
+ 取消费、在软件里开行程单和电子发票、别人替客人叫的车。

id: taxi-15
title: 途中停靠
title_en: Stops on the way
order: 15
description: 先去一个地方再去另一个地方、路上停一下（取款机、便利店、接朋友）、能停多久、
+ 交警让开走时怎么办、车费怎么算、网约车加途经点。

id: taxi-16
title: 听懂指路
title_en: Following directions
order: 16
description: 过了桥第二个路口、下一个红绿灯、环岛出口、坡顶、停在那辆公交车后面、开过了、
+ 对面和旁边；司机怎样确认是哪个路口。

id: taxi-17
title: 车坏了
title_en: When the car breaks down
order: 17
description: 车出故障或爆胎时怎样向客人道歉和说明、双闪和警告牌、另叫一辆车、把行李
+ 搬过去、把目的地交代给接手的司机、这一程的车费。

id: taxi-18
title: 喝醉或不舒服的客人
title_en: Drunk or unwell passengers
order: 18
description: 想吐就停车、塑料袋、问酒店名字、有没有人陪、扶客人下车、叫醒睡着的客人；
+ 车被弄脏时怎样平静地说清洗费。

id: taxi-19
title: 台风、暴雨和封路
title_en: Typhoons, heavy rain and closures
order: 19
description: 台风和大雾时青岛—黄岛轮渡停航、改走胶州湾隧道、胶州湾大桥临时封闭、积水
+ 封路、雨天开慢一点、大风天开车门、航班和邮轮可能推迟。

id: taxi-20
title: 交班、人多和行李多
title_en: End of shift, large groups and lots of luggage
order: 20
description: 快交班和已经停运时怎么说、人数超过核定载客数、行李放不下：不说 "No"，
+ 先想办法送，实在不行就帮客人叫车。

id: taxi-21
title: 投诉电话和夜间安全
title_en: Complaint numbers and safety at night
order: 21
description: 客人要投诉时告诉他交通运输服务监督电话和政务服务便民热线、出示服务监督卡；夜里送客人到门口、看着
+ 客人进门再走、分享行程、拍下车号。

%rec: Phrase

# ---- 第13课：机场和火车站 ----

id: taxi-13-001
lesson: taxi-13
zh: 您是去坐飞机，还是去接人？
zh_reading: nín shì qù zuò fēijī, háishi qù jiē rén?
en: Are you catching a flight, or meeting someone?
en_alt: Are you flying out, or picking someone up?
ja: 飛行機にお乗りになりますか、それともお迎えですか。
ja_reading: hikōki ni onori ni narimasu ka, soretomo omukae desu ka.
ja_kana: ひこうき に おのり に なります か、 それとも おむかえです か。
ko: 비행기 타러 가세요, 아니면 마중 나가세요?
ko_reading: bihaenggi tareo gaseyo, animyeon majung nagaseyo?
note: 坐飞机的客人送到出发层，接人的客人送到到达层，两层的车道入口不一样，上车时就问清楚。
register: polite
tags: airport destination

id: taxi-13-002
lesson: taxi-13
zh: 我送您到出发层。
zh_reading: wǒ sòng nín dào chūfācéng.
en: I'll take you to Departures.
en_alt: I'll drop you off at Departures.
ja: 出発ロビーまでお送りします。
ja_reading: shuppatsu robī made ookuri shimasu.
ja_kana: しゅっぱつ ロビー まで おおくり します。
ko: 출발층까지 모셔다 드리겠습니다.
ko_reading: chulbalcheungkkaji mosyeoda deurigetseumnida.
note: 机场的指示牌上 Departures 是出发，Arrivals 是到达。坐飞机的客人在出发层下车，进门就能
+ 办值机。
register: polite
tags: airport

id: taxi-13-003
lesson: taxi-13
zh: 去到达层，我去接朋友。
zh_reading: qù dàodácéng, wǒ qù jiē péngyou.
en: Arrivals, please. I'm meeting a friend.
en_alt: To Arrivals, please. I'm picking up a friend.
ja: 到着ロビーまでお願いします。友達を迎えに行くんです。
ja_reading: tōchaku robī made onegai shimasu. tomodachi o mukae ni iku n desu.
ja_kana: とうちゃく ロビー まで おねがい します。 ともだち を むかえ に いく んです。
ko: 도착층으로 가 주세요. 친구를 마중하러 가요.
ko_reading: dochakcheungeuro ga juseyo. chingureul majunghareo gayo.
note: 客人说的话。meeting、picking up 在这里都是"接人"。
register: polite
tags: airport guest

id: taxi-13-004
lesson: taxi-13
zh: 胶东机场国内、国际航班都在同一座航站楼。
zh_reading: Jiāodōng Jīchǎng guónèi, guójì hángbān dōu zài tóng yí zuò hángzhànlóu.
en: At Jiaodong Airport, domestic and international flights use the same terminal.
en_alt: Domestic and international flights at Jiaodong Airport are in the same terminal.
ja: 膠東空港は、国内線も国際線も同じターミナルです。
ja_reading: Kōtō kūkō wa, kokunaisen mo kokusaisen mo onaji tāminaru desu.
ja_kana: こうとう くうこう は、 こくないせん も こくさいせん も おなじ ターミナルです。
ko: 자오둥 공항은 국내선과 국제선이 같은 터미널에 있습니다.
ko_reading: Jaodung gonghangeun gungnaeseongwa gukjeseoni gateun teomineore itseumnida.
note: 客人问 "Which terminal?"，或者按别的城市的习惯说 "Terminal 2" 时，这样回答。
local: 青岛胶东国际机场只有一座航站楼，国内、国际航班都在这里
local_source: 新华社 2021 年 8 月 12 日 青岛胶东国际机场启用报道（http://en.people.cn/n3/2021/0813/c90000-9883647.html）；《中国日报》2017 年 3 月 7 日 New airport set to reshape regional aviation（机场在胶州，离市中心约 39 公里，一期一座航站楼）；青岛国际机场集团 青岛胶东国际机场官方网站 交通指南
register: neutral
tags: airport places

id: taxi-13-005
lesson: taxi-13
zh: 流亭机场已经关了，现在的机场是胶东国际机场。
zh_reading: Liútíng Jīchǎng yǐjīng guān le, xiànzài de jīchǎng shì Jiāodōng Guójì Jīchǎng.
en: Liuting Airport has closed. Qingdao's airport is now Jiaodong International.
en_alt: Liuting Airport is closed now. All flights use Jiaodong International Airport.
ja: 流亭空港はもう閉鎖されました。今の空港は膠東国際空港です。
ja_reading: Ryūtei kūkō wa mō heisa saremashita. ima no kūkō wa Kōtō kokusai kūkō desu.
ja_kana: りゅうてい くうこう は もう へいさ されました。 いま の くうこう は こうとう こくさい くうこうです。
ko: 류팅 공항은 이미 문을 닫았고, 지금은 자오둥 국제공항을 이용합니다.
ko_reading: Ryuting gonghangeun imi muneul dadatgo, jigeumeun Jaodung gukjegonghangeul iyonghamnida.
note: 旧的旅游指南和旧订单上可能还写着流亭机场（Liuting）。客人说 "Liuting" 时，先问清楚他是
+ 要去坐飞机，还是要去流亭那一带。机场在胶州，离市区较远。
local: 流亭国际机场2021年8月12日关闭，民航航班全部转到胶州的胶东国际机场
local_source: 新华社 2021 年 8 月 12 日 青岛胶东国际机场启用报道（http://en.people.cn/n3/2021/0813/c90000-9883647.html）；《中国日报》2017 年 3 月 7 日 New airport set to reshape regional aviation（机场在胶州，离市中心约 39 公里，一期一座航站楼）；青岛国际机场集团 青岛胶东国际机场官方网站 交通指南
register: neutral
tags: airport places

id: taxi-13-006
lesson: taxi-13
zh: 机场离市区比较远，去赶飞机请多留点时间。
zh_reading: jīchǎng lí shìqū bǐjiào yuǎn, qù gǎn fēijī qǐng duō liú diǎn shíjiān.
en: The airport is quite far from the city, so please allow plenty of time for your flight.
ja: 空港は市内からかなり離れていますので、お時間に余裕を持ってお出かけください。
ja_reading: kūkō wa shinai kara kanari hanarete imasu node, ojikan ni yoyū o motte odekake kudasai.
ja_kana: くうこう は しない から かなり はなれて います ので、 おじかん に よゆう を もって おでかけ ください。
ko: 공항이 시내에서 꽤 멀어서 비행기 시간에 맞춰 넉넉하게 출발하세요.
ko_reading: gonghangi sinaeeseo kkwae meoreoseo bihaenggi sigane matchwo neongneokage chulbalhaseyo.
note: 客人预约第二天去机场时提醒。要多久看导航和路况说，不要随口保证。
local: 胶东国际机场在胶州市，离青岛市中心较远
local_source: 新华社 2021 年 8 月 12 日 青岛胶东国际机场启用报道（http://en.people.cn/n3/2021/0813/c90000-9883647.html）；《中国日报》2017 年 3 月 7 日 New airport set to reshape regional aviation（机场在胶州，离市中心约 39 公里，一期一座航站楼）；青岛国际机场集团 青岛胶东国际机场官方网站 交通指南
register: polite
tags: airport time booking

id: taxi-13-007
lesson: taxi-13
zh: 机场的出租车要到候车区排队上车。
zh_reading: jīchǎng de chūzūchē yào dào hòuchēqū páiduì shàng chē.
en: At the airport, taxis pick up at the taxi rank.
en_alt: Airport taxis pick up at the taxi rank. Please join the line there.
ja: 空港では、タクシー乗り場に並んでご乗車いただくことになっています。
ja_reading: kūkō de wa, takushī noriba ni narande gojōsha itadaku koto ni natte imasu.
ja_kana: くうこう で は、 タクシー のりば に ならんで ごじょうしゃ いただく こと に なって います。
ko: 공항에서는 택시 승강장에서 줄을 서서 타셔야 합니다.
ko_reading: gonghangeseoneun taeksi seunggangjangeseo jureul seoseo tasyeoya hamnida.
note: 打电话约车的客人在航站楼里找你时这样说。taxi rank（英式）和 taxi stand（美式）都是出租车
+ 候车区，请客人跟着 "Taxi" 指示牌走。
local: 机场出租车在候车区排队上客：按青岛胶东国际机场公布的交通指南核对；出租汽车候客站点在《青岛市客运出租汽车管理条例》中的条文号未核对，不写
local_source: 青岛国际机场集团 青岛胶东国际机场官方网站 交通指南（未核对）；《青岛市客运出租汽车管理条例》正式文本（未核对）
register: polite
tags: airport pickup

id: taxi-13-008
lesson: taxi-13
zh: 刚才里面有人问我要不要打车。
zh_reading: gāngcái lǐmiàn yǒu rén wèn wǒ yào bu yào dǎchē.
en: Someone inside just asked me if I wanted a taxi.
ja: さっき中で、タクシーに乗らないかと声をかけられました。
ja_reading: sakki naka de, takushī ni noranai ka to koe o kakeraremashita.
ja_kana: さっき なか で、 タクシー に のらない か と こえ を かけられました。
ko: 아까 안에서 누가 택시 타겠냐고 물어봤어요.
ko_reading: akka aneseo nuga taeksi tagennyago mureobwasseoyo.
note: 客人说的话。告诉客人到候车区排队坐正规出租车是对的（见下一句）。
register: neutral
tags: airport safety guest

id: taxi-13-009
lesson: taxi-13
zh: 在航站楼里主动拉客的人不是正规出租车，最好别跟他们走。
zh_reading: zài hángzhànlóu lǐ zhǔdòng lākè de rén bú shì zhèngguī chūzūchē, zuìhǎo bié gēn tāmen zǒu.
en: People who offer you a ride inside the terminal aren't official taxis. It's best not to go with them.
en_alt: The people offering rides inside the terminal aren't licensed taxis. Please don't go with them.
ja: ターミナルの中で声をかけてくる人は、正規のタクシーではありません。ついて行かないほうが安全です。
ja_reading: tāminaru no naka de koe o kakete kuru hito wa, seiki no takushī de wa arimasen. tsuite ikanai hō ga anzen desu.
ja_kana: ターミナル の なか で こえ を かけて くる ひと は、 せいき の タクシー で は ありません。 ついて いかない ほう が あんぜんです。
ko: 터미널 안에서 먼저 말을 거는 사람은 정식 택시가 아니니까 따라가지 않는 게 안전합니다.
ko_reading: teomineol aneseo meonjeo mareul geoneun sarameun jeongsik taeksiga aninikka ttaragaji anneun ge anjeonhamnida.
note: 这些车不打表、乱要价，出了事也很难找到车和人。语气平和，是提醒，不是吓唬客人。
register: polite
tags: airport safety

id: taxi-13-010
lesson: taxi-13
zh: 青岛有好几个火车站，能看一下您的车票吗？
zh_reading: Qīngdǎo yǒu hǎo jǐ ge huǒchēzhàn, néng kàn yíxià nín de chēpiào ma?
en: There are several railway stations in Qingdao. May I see your ticket?
en_alt: Qingdao has several train stations. Could I see your ticket?
ja: 青島には駅がいくつかありますので、チケットを拝見してもよろしいですか。
ja_reading: Chintao ni wa eki ga ikutsu ka arimasu node, chiketto o haiken shite mo yoroshii desu ka.
ja_kana: チンタオ に は えき が いくつ か あります ので、 チケット を はいけん して も よろしいです か。
ko: 칭다오에는 기차역이 여러 개 있어서요. 표 좀 보여 주시겠어요?
ko_reading: Chingdaoeneun gichayeogi yeoreo gae isseoseoyo. pyo jom boyeo jusigesseoyo?
note: 青岛站、青岛北站、青岛西站相隔很远，送错了客人很可能误车。电子客票没有纸票，可以请
+ 客人给你看手机上的购票记录。
local: 青岛的主要客运火车站有青岛站、青岛北站、青岛西站
local_source: 中国国家铁路集团 12306 网站车站信息
register: polite
tags: station places

id: taxi-13-011
lesson: taxi-13
zh: 我的票上只写了青岛。
zh_reading: wǒ de piào shang zhǐ xiě le Qīngdǎo.
en: My ticket just says Qingdao.
ja: チケットには青島とだけ書いてあります。
ja_reading: chiketto ni wa Chintao to dake kaite arimasu.
ja_kana: チケット に は チンタオ と だけ かいて あります。
ko: 제 표에는 그냥 칭다오라고만 적혀 있어요.
ko_reading: je pyoeneun geunyang Chingdaoragoman jeokyeo isseoyo.
note: 客人说的话。票上只写"青岛"（Qingdao）就是青岛站；青岛北站写作 Qingdaobei 或
+ Qingdao North，青岛西站写作 Qingdaoxi 或 Qingdao West。
local: 车票上的站名：青岛（Qingdao）、青岛北（Qingdaobei）、青岛西（Qingdaoxi）
local_source: 中国国家铁路集团 12306 网站车站信息
register: neutral
tags: station guest

id: taxi-13-012
lesson: taxi-13
zh: 只写青岛的就是青岛站，在老城区，栈桥附近。
zh_reading: zhǐ xiě Qīngdǎo de jiù shì Qīngdǎo Zhàn, zài lǎochéngqū, Zhànqiáo fùjìn.
en: If it just says Qingdao, that's Qingdao Station, in the old town near Zhanqiao Pier.
ja: 青島とだけ書いてあれば青島駅です。旧市街の桟橋の近くにあります。
ja_reading: Chintao to dake kaite areba Chintao eki desu. kyūshigai no sanbashi no chikaku ni arimasu.
ja_kana: チンタオ と だけ かいて あれば チンタオ えきです。 きゅうしがい の さんばし の ちかく に あります。
ko: 칭다오라고만 적혀 있으면 칭다오역입니다. 구시가지 잔교 근처에 있습니다.
ko_reading: Chingdaoragoman jeokyeo isseumyeon Chingdaoyeogimnida. gusigaji jangyo geuncheoe itseumnida.
note: 栈桥是老城区海边的一座长桥，英语常叫 Zhanqiao Pier，外国游客大多知道。
local: 青岛站在市南区老城区，靠近栈桥
local_source: Wikipedia: Qingdao railway station（市南区泰安路，老城区）；中国国家铁路集团有限公司 12306 车站信息（站名）
register: neutral
tags: station places

id: taxi-13-013
lesson: taxi-13
zh: 您的票是青岛北站的，不是青岛站，我们去北站。
zh_reading: nín de piào shì Qīngdǎo Běizhàn de, bú shì Qīngdǎo Zhàn, wǒmen qù Běizhàn.
en: Your ticket is for Qingdao North, not Qingdao Station, so we'll go to the North Station.
ja: チケットは青島駅ではなく青島北駅ですね。北駅に向かいます。
ja_reading: chiketto wa Chintao eki de wa naku Chintao kita eki desu ne. kita eki ni mukaimasu.
ja_kana: チケット は チンタオ えき で は なく チンタオ きた えきです ね。 きた えき に むかいます。
ko: 표가 칭다오역이 아니라 칭다오북역이네요. 그쪽으로 모시겠습니다.
ko_reading: pyoga Chingdaoyeogi anira Chingdaobungnyeogineyo. geujjogeuro mosigetseumnida.
note: 一边说一边指给客人看票上的站名，客人自己看到了就放心。
local: 青岛站和青岛北站是两个不同的车站
local_source: 中国国家铁路集团 12306 网站车站信息
register: polite
tags: station destination

id: taxi-13-014
lesson: taxi-13
zh: 青岛西站在黄岛，在海湾对面，离这儿很远。
zh_reading: Qīngdǎo Xīzhàn zài Huángdǎo, zài hǎiwān duìmiàn, lí zhèr hěn yuǎn.
en: Qingdao West Station is in Huangdao, across the bay. It's a long way from here.
ja: 青島西駅は湾の向こう側の黄島にあって、ここからはかなり遠いです。
ja_reading: Chintao nishi eki wa wan no mukōgawa no Howandao ni atte, koko kara wa kanari tōi desu.
ja_kana: チンタオ にし えき は わん の むこうがわ の ホワンダオ に あって、 ここ から は かなり とおいです。
ko: 칭다오서역은 만 건너편 황다오에 있어서 여기서 꽤 멉니다.
ko_reading: Chingdaoseoyeogeun man geonneopyeon Hwangdaoe isseoseo yeogiseo kkwae meomnida.
note: 出发前告诉客人路比较远、要多久（看导航），客人好安排时间。去西站可以走胶州湾隧道，
+ 也可以走胶州湾大桥。
local: 青岛西站在黄岛区（西海岸新区），和市区隔着胶州湾
local_source: 中国国家铁路集团有限公司 12306 车站信息（站名）；青岛市人民政府网站（青岛西站位置，未核对）
register: neutral
tags: station places time

# ---- 第14课：网约车 ----

id: taxi-14-001
lesson: taxi-14
zh: 上车前请核对一下车牌号。
zh_reading: shàng chē qián qǐng héduì yíxià chēpáihào.
en: Please check the license plate before you get in.
en_alt: Please check the plate number before getting in.
ja: ご乗車の前に、ナンバーをご確認ください。
ja_reading: gojōsha no mae ni, nanbā o gokakunin kudasai.
ja_kana: ごじょうしゃ の まえ に、 ナンバー を ごかくにん ください。
ko: 타시기 전에 차량 번호를 확인해 주세요.
ko_reading: tasigi jeone charyang beonhoreul hwaginhae juseyo.
note: 网约车客人上错车的事时有发生。请客人对一下打车软件上的车牌、车型和颜色，客人更放心。
+ 英国英语说 number plate。
register: polite
tags: ride-hailing safety

id: taxi-14-002
lesson: taxi-14
zh: 您是我叫的车吗？
zh_reading: nín shì wǒ jiào de chē ma?
en: Are you the car I booked?
en_alt: Is this my ride?
ja: 私が呼んだ車ですか。
ja_reading: watashi ga yonda kuruma desu ka.
ja_kana: わたし が よんだ くるまです か。
ko: 제가 부른 차 맞아요?
ko_reading: jega bureun cha majayo?
note: 客人说的话。不要只回答 "Yes"：报出车牌，再问客人的姓或手机尾号，两边都核对上再出发。
register: neutral
tags: ride-hailing guest

id: taxi-14-003
lesson: taxi-14
zh: 您看，车牌号和打车软件上的一样。
zh_reading: nín kàn, chēpáihào hé dǎchē ruǎnjiàn shang de yíyàng.
en: You'll see the plate number matches the one in the app.
en_alt: The plate number is the same as in the app.
ja: ナンバーはアプリに表示されているものと同じです。
ja_reading: nanbā wa apuri ni hyōji sarete iru mono to onaji desu.
ja_kana: ナンバー は アプリ に ひょうじ されて いる もの と おなじです。
ko: 차량 번호가 앱에 나온 것과 같습니다.
ko_reading: charyang beonhoga aebe naon geotgwa gatseumnida.
note: 一边说一边让客人看车牌，客人核对好了再请他上车。
register: polite
tags: ride-hailing

id: taxi-14-004
lesson: taxi-14
zh: 这个车是别人帮您叫的吗？
zh_reading: zhège chē shì biéren bāng nín jiào de ma?
en: Did someone else book this car for you?
ja: こちらの車は、どなたかが代わりに手配されましたか。
ja_reading: kochira no kuruma wa, donata ka ga kawari ni tehai saremashita ka.
ja_kana: こちら の くるま は、 どなた か が かわり に てはい されました か。
ko: 다른 분이 대신 불러 주신 차인가요?
ko_reading: dareun buni daesin bulleo jusin chaingayo?
note: 酒店前台或朋友常替外国客人叫车，订单上的名字、手机尾号对不上。问清是谁叫的，再核对
+ 目的地。
register: polite
tags: ride-hailing booking

id: taxi-14-005
lesson: taxi-14
zh: 车费在打车软件里付，不用给我现金。
zh_reading: chēfèi zài dǎchē ruǎnjiàn lǐ fù, búyòng gěi wǒ xiànjīn.
en: You pay the fare in the app, so there's no need to give me cash.
en_alt: The fare is paid through the app. You don't need to pay me in cash.
ja: 料金はアプリでのお支払いですので、現金は必要ありません。
ja_reading: ryōkin wa apuri de no oshiharai desu node, genkin wa hitsuyō arimasen.
ja_kana: りょうきん は アプリ で の おしはらいです ので、 げんきん は ひつよう ありません。
ko: 요금은 앱으로 결제되니까 현금은 안 주셔도 됩니다.
ko_reading: yogeumeun aebeuro gyeoljedoenikka hyeongeumeun an jusyeodo doemnida.
note: 外国客人不一定知道网约车在软件里结算，下车时可能掏钱给你。不要私下收现金或让客人另外
+ 转账，出了问题说不清。
register: polite
tags: ride-hailing payment

id: taxi-14-006
lesson: taxi-14
zh: 到了以后车费会显示在打车软件里，请在里面付款。
zh_reading: dào le yǐhòu chēfèi huì xiǎnshì zài dǎchē ruǎnjiàn lǐ, qǐng zài lǐmiàn fùkuǎn.
en: When we arrive, the fare will show in the app. Please pay there.
ja: 到着すると料金がアプリに表示されますので、アプリでお支払いください。
ja_reading: tōchaku suru to ryōkin ga apuri ni hyōji saremasu node, apuri de oshiharai kudasai.
ja_kana: とうちゃく する と りょうきん が アプリ に ひょうじ されます ので、 アプリ で おしはらい ください。
ko: 도착하면 앱에 요금이 표시되니까 앱에서 결제해 주세요.
ko_reading: dochakamyeon aebe yogeumi pyosidoenikka aebeseo gyeoljehae juseyo.
note: 车费以软件算出的为准，不要自己报一个数；过路费等另付的费用怎么结算，按平台的规则。
register: polite
tags: ride-hailing payment fare

id: taxi-14-007
lesson: taxi-14
zh: 打车软件上的目的地是青岛站，您是要去青岛北站吗？
zh_reading: dǎchē ruǎnjiàn shang de mùdìdì shì Qīngdǎo Zhàn, nín shì yào qù Qīngdǎo Běizhàn ma?
en: The app says Qingdao Station. Do you want Qingdao North Station?
en_alt: The destination in the app is Qingdao Station. Did you mean Qingdao North?
ja: アプリの目的地は青島駅になっていますが、青島北駅へ行かれますか。
ja_reading: apuri no mokutekichi wa Chintao eki ni natte imasu ga, Chintao kita eki e ikaremasu ka.
ja_kana: アプリ の もくてきち は チンタオ えき に なって います が、 チンタオ きた えき へ いかれます か。
ko: 앱에 목적지가 칭다오역으로 되어 있는데, 칭다오북역으로 가시는 거예요?
ko_reading: aebe mokjeokjiga Chingdaoyeogeuro doeeo inneunde, Chingdaobungnyeogeuro gasineun geoyeyo?
note: 客人说的和软件上的目的地不一样时先问清楚，再请客人在软件里改（见下一句）。照着软件
+ 开到错的地方，客人会误事。
local: 青岛站和青岛北站是两个不同的车站（例子里的站名）
local_source: 中国国家铁路集团 12306 网站车站信息
register: polite
tags: ride-hailing destination station

id: taxi-14-008
lesson: taxi-14
zh: 麻烦您在打车软件里把目的地改一下。
zh_reading: máfan nín zài dǎchē ruǎnjiàn lǐ bǎ mùdìdì gǎi yíxià.
en: Could you change the destination in the app, please?
en_alt: Could you update the destination in the app?
ja: お手数ですが、アプリで目的地を変更していただけますか。
ja_reading: otesū desu ga, apuri de mokutekichi o henkō shite itadakemasu ka.
ja_kana: おてすうです が、 アプリ で もくてきち を へんこう して いただけます か。
ko: 번거로우시겠지만 앱에서 목적지를 바꿔 주시겠어요?
ko_reading: beongeorousigetjiman aebeseo mokjeokjireul bakkwo jusigesseoyo?
note: 改了目的地，车费和路线才按新地址算，出了问题也有记录。客人不会改时，请他把手机给你看，
+ 说 "Tap here." 指给他看，不要自己拿过来操作。
register: polite
tags: ride-hailing destination

id: taxi-14-009
lesson: taxi-14
zh: 我不想坐了，可以取消吗？
zh_reading: wǒ bù xiǎng zuò le, kěyǐ qǔxiāo ma?
en: I don't need the ride any more. Can I cancel?
en_alt: Can I cancel the ride?
ja: やっぱり乗らないことにしたんですが、キャンセルできますか。
ja_reading: yappari noranai koto ni shita n desu ga, kyanseru dekimasu ka.
ja_kana: やっぱり のらない こと に した んです が、 キャンセル できます か。
ko: 안 타기로 했는데 취소해도 될까요?
ko_reading: an tagiro haenneunde chwisohaedo doelkkayo?
note: 客人说的话。不要生气，请客人自己在软件里取消（见下一句）。
register: neutral
tags: ride-hailing cancel guest

id: taxi-14-010
lesson: taxi-14
zh: 没关系，请您在打车软件里取消订单。
zh_reading: méi guānxi, qǐng nín zài dǎchē ruǎnjiàn lǐ qǔxiāo dìngdān.
en: That's fine. Please cancel the booking in the app.
en_alt: No problem. Please cancel it in the app.
ja: かしこまりました。アプリで予約をキャンセルしてください。
ja_reading: kashikomarimashita. apuri de yoyaku o kyanseru shite kudasai.
ja_kana: かしこまりました。 アプリ で よやく を キャンセル して ください。
ko: 괜찮습니다. 앱에서 예약을 취소해 주세요.
ko_reading: gwaenchanseumnida. aebeseo yeyageul chwisohae juseyo.
note: 由客人在软件里取消，订单才清楚；司机自己取消，平台可能会记在司机头上。
register: polite
tags: ride-hailing cancel

id: taxi-14-011
lesson: taxi-14
zh: 现在取消可能要付取消费，金额看打车软件上的提示。
zh_reading: xiànzài qǔxiāo kěnéng yào fù qǔxiāofèi, jīn'é kàn dǎchē ruǎnjiàn shang de tíshì.
en: If you cancel now, there may be a cancellation fee. The app will show you how much.
ja: 今キャンセルすると、キャンセル料がかかる場合があります。金額はアプリに表示されます。
ja_reading: ima kyanseru suru to, kyanseru-ryō ga kakaru baai ga arimasu. kingaku wa apuri ni hyōji saremasu.
ja_kana: いま キャンセル する と、 キャンセルりょう が かかる ばあい が あります。 きんがく は アプリ に ひょうじ されます。
ko: 지금 취소하시면 취소 수수료가 있을 수 있습니다. 금액은 앱에 표시됩니다.
ko_reading: jigeum chwisohasimyeon chwiso susuryoga isseul su itseumnida. geumaegeun aebe pyosidoemnida.
note: 收不收取消费、收多少，由平台规定，不要自己说一个数字。
register: polite
tags: ride-hailing cancel fare

id: taxi-14-012
lesson: taxi-14
zh: 这一趟的发票怎么开？
zh_reading: zhè yí tàng de fāpiào zěnme kāi?
en: How do I get a receipt for this ride?
ja: この乗車の領収書はどうやってもらえますか。
ja_reading: kono jōsha no ryōshūsho wa dō yatte moraemasu ka.
ja_kana: この じょうしゃ の りょうしゅうしょ は どう やって もらえます か。
ko: 이번 이용 영수증은 어떻게 받아요?
ko_reading: ibeon iyong yeongsujeungeun eotteoke badayo?
note: 客人说的话，商务客人常问。网约车的发票不在车上打，要在软件里开（见下一句）。
register: neutral
tags: ride-hailing receipt guest

id: taxi-14-013
lesson: taxi-14
zh: 行程单和电子发票可以在打车软件的订单里开。
zh_reading: xíngchéngdān hé diànzǐ fāpiào kěyǐ zài dǎchē ruǎnjiàn de dìngdān lǐ kāi.
en: You can get the trip receipt and an e-invoice from your order in the app.
en_alt: The trip receipt and the e-invoice are in the app, under your order.
ja: 乗車明細と電子領収書は、アプリの乗車履歴から発行できます。
ja_reading: jōsha meisai to denshi ryōshūsho wa, apuri no jōsha rireki kara hakkō dekimasu.
ja_kana: じょうしゃ めいさい と でんし りょうしゅうしょ は、 アプリ の じょうしゃ りれき から はっこう できます。
ko: 이용 내역서와 전자 영수증은 앱 주문 내역에서 발급받으실 수 있습니다.
ko_reading: iyong naeyeokseowa jeonja yeongsujeungeun aep jumun naeyeogeseo balgeupbadeusil su itseumnida.
note: 行程单（trip receipt）列出上下车的时间、地点和里程，很多公司报销要用它。
register: polite
tags: ride-hailing receipt

# ---- 第15课：途中停靠 ----

id: taxi-15-001
lesson: taxi-15
zh: 先回酒店拿行李，再去机场。
zh_reading: xiān huí jiǔdiàn ná xíngli, zài qù jīchǎng.
en: First to the hotel to pick up my bags, then to the airport.
en_alt: Could we stop at my hotel for my bags first, and then go to the airport?
ja: まずホテルに寄って荷物を取ってから、空港へお願いします。
ja_reading: mazu hoteru ni yotte nimotsu o totte kara, kūkō e onegai shimasu.
ja_kana: まず ホテル に よって にもつ を とって から、 くうこう へ おねがい します。
ko: 먼저 호텔에 들러서 짐을 챙기고 공항으로 가 주세요.
ko_reading: meonjeo hotere deulleoseo jimeul chaenggigo gonghangeuro ga juseyo.
note: 客人说的话。first ... then ... 说的是先后顺序；复述一遍再出发（见下一句）。
register: polite
tags: stops destination guest

id: taxi-15-002
lesson: taxi-15
zh: 先去酒店，再去机场，对吗？
zh_reading: xiān qù jiǔdiàn, zài qù jīchǎng, duì ma?
en: So first the hotel, then the airport. Is that right?
en_alt: Hotel first, then the airport, right?
ja: まずホテル、それから空港ですね。
ja_reading: mazu hoteru, sorekara kūkō desu ne.
ja_kana: まず ホテル、 それから くうこうです ね。
ko: 먼저 호텔, 그다음에 공항으로 가는 거 맞죠?
ko_reading: meonjeo hotel, geudaeume gonghangeuro ganeun geo matjyo?
note: 去几个地方时把顺序复述一遍，中途停多久也问一句。
register: polite
tags: stops destination

id: taxi-15-003
lesson: taxi-15
zh: 路上能找个取款机停一下吗？
zh_reading: lùshang néng zhǎo ge qǔkuǎnjī tíng yíxià ma?
en: Could we stop at an ATM on the way?
en_alt: Can we stop at a cash machine on the way?
ja: 途中でATMに寄っていただけますか。
ja_reading: tochū de ATM ni yotte itadakemasu ka.
ja_kana: とちゅう で エーティーエム に よって いただけます か。
ko: 가는 길에 ATM 있는 데서 잠깐 세워 주실 수 있어요?
ko_reading: ganeun gire ATM inneun deseo jamkkan sewo jusil su isseoyo?
note: 客人说的话。ATM、cash machine、cashpoint（英式）都是取款机。
register: polite
tags: stops guest

id: taxi-15-004
lesson: taxi-15
zh: 前面有一家银行，我在门口停一下。
zh_reading: qiánmiàn yǒu yì jiā yínháng, wǒ zài ménkǒu tíng yíxià.
en: There's a bank just ahead. I'll stop outside for you.
ja: この先に銀行がありますので、前で停めます。
ja_reading: kono saki ni ginkō ga arimasu node, mae de tomemasu.
ja_kana: この さき に ぎんこう が あります ので、 まえ で とめます。
ko: 앞에 은행이 있으니까 그 앞에 세워 드리겠습니다.
ko_reading: ape eunhaengi isseunikka geu ape sewo deurigetseumnida.
note: 不是每台取款机都能用境外银行卡，取不出钱时可以换一家银行试试。
register: polite
tags: stops

id: taxi-15-005
lesson: taxi-15
zh: 这里只能停一两分钟，麻烦您快一点。
zh_reading: zhèlǐ zhǐ néng tíng yì liǎng fēnzhōng, máfan nín kuài yìdiǎn.
en: I'm afraid I can only stop here for a minute or two, so please be quick.
ja: ここは一、二分しか停められませんので、お早めにお戻りいただけますか。
ja_reading: koko wa ichi, nifun shika tomeraremasen node, ohayame ni omodori itadakemasu ka.
ja_kana: ここ は いち、 にふん しか とめられません ので、 おはやめ に おもどり いただけます か。
ko: 여기는 잠깐밖에 세울 수 없어서요. 조금 서둘러 주시겠어요?
ko_reading: yeogineun jamkkanbakke seul su eopseoseoyo. jogeum seodulleo jusigesseoyo?
note: 说清楚能等多久；交警让你开走时，就绕一圈回来接（见下一句）。
register: polite
tags: stops waiting

id: taxi-15-006
lesson: taxi-15
zh: 要是交警让我开走，我就绕一圈回来接您。
zh_reading: yàoshi jiāojǐng ràng wǒ kāizǒu, wǒ jiù rào yì quān huílai jiē nín.
en: If the traffic police move me on, I'll drive around the block and come back for you.
ja: もし警察に移動するよう言われたら、一回りして戻ってきます。
ja_reading: moshi keisatsu ni idō suru yō iwaretara, hitomawari shite modotte kimasu.
ja_kana: もし けいさつ に いどう する よう いわれたら、 ひとまわり して もどって きます。
ko: 혹시 경찰이 차를 빼라고 하면 한 바퀴 돌아서 다시 오겠습니다.
ko_reading: hoksi gyeongchari chareul ppaerago hamyeon han bakwi doraseo dasi ogetseumnida.
note: 客人下车办事时，说清楚你在哪里等、找不到你时怎么办；可以请客人记下车牌或你的电话。
register: polite
tags: stops waiting

id: taxi-15-007
lesson: taxi-15
zh: 我去便利店买瓶水，马上回来。
zh_reading: wǒ qù biànlìdiàn mǎi píng shuǐ, mǎshàng huílai.
en: I'm just popping into the convenience store for some water. I'll be right back.
en_alt: I'll just get some water from the shop. Back in a minute.
ja: コンビニで水を買ってきます。すぐ戻ります。
ja_reading: konbini de mizu o katte kimasu. sugu modorimasu.
ja_kana: コンビニ で みず を かって きます。 すぐ もどります。
ko: 편의점에서 물 좀 사 올게요. 금방 올게요.
ko_reading: pyeonuijeomeseo mul jom sa olgeyo. geumbang olgeyo.
note: 客人说的话。pop into 是"进去一下"。计价器会继续计费，可以提醒一句。
register: neutral
tags: stops guest

id: taxi-15-008
lesson: taxi-15
zh: 东西可以留在车上，贵重物品请随身带好。
zh_reading: dōngxi kěyǐ liú zài chē shang, guìzhòng wùpǐn qǐng suíshēn dài hǎo.
en: You can leave your things in the car, but please take your valuables with you.
ja: お荷物は車に置いたままで大丈夫ですが、貴重品はお持ちください。
ja_reading: onimotsu wa kuruma ni oita mama de daijōbu desu ga, kichōhin wa omochi kudasai.
ja_kana: おにもつ は くるま に おいた まま で だいじょうぶです が、 きちょうひん は おもち ください。
ko: 짐은 차에 두셔도 되지만 귀중품은 가지고 가세요.
ko_reading: jimeun chae dusyeodo doejiman gwijungpumeun gajigo gaseyo.
note: 护照、钱包、手机请客人自己带着；万一找不到车，客人也不至于寸步难行。
register: polite
tags: stops luggage

id: taxi-15-009
lesson: taxi-15
zh: 路上要接一个朋友，可以吗？
zh_reading: lùshang yào jiē yí ge péngyou, kěyǐ ma?
en: We need to pick up a friend on the way. Is that all right?
ja: 途中で友達を一人乗せたいんですが、いいですか。
ja_reading: tochū de tomodachi o hitori nosetai n desu ga, ii desu ka.
ja_kana: とちゅう で ともだち を ひとり のせたい んです が、 いいです か。
ko: 가는 길에 친구 한 명 태워 가도 될까요?
ko_reading: ganeun gire chingu han myeong taewo gado doelkkayo?
note: 客人说的话。是客人自己的同伴，不算拼车；问清楚朋友在哪里（见下一句）。
register: neutral
tags: stops guest

id: taxi-15-010
lesson: taxi-15
zh: 好的，您朋友在哪儿？请给我看一下地址。
zh_reading: hǎo de, nín péngyou zài nǎr? qǐng gěi wǒ kàn yíxià dìzhǐ.
en: Sure. Where's your friend? Could you show me the address?
ja: かしこまりました。お友達はどちらにいらっしゃいますか。住所を見せていただけますか。
ja_reading: kashikomarimashita. otomodachi wa dochira ni irasshaimasu ka. jūsho o misete itadakemasu ka.
ja_kana: かしこまりました。 おともだち は どちら に いらっしゃいます か。 じゅうしょ を みせて いただけます か。
ko: 네, 친구분은 어디 계세요? 주소 좀 보여 주시겠어요?
ko_reading: ne, chingubuneun eodi gyeseyo? juso jom boyeo jusigesseoyo?
note: 把朋友的地址加进导航，接上以后再确认一遍最后的目的地。
register: polite
tags: stops address

id: taxi-15-011
lesson: taxi-15
zh: 中途停车不另外收费，一直打表，到终点一起付。
zh_reading: zhōngtú tíngchē bú lìngwài shōufèi, yìzhí dǎ biǎo, dào zhōngdiǎn yìqǐ fù.
en: There's no separate charge for the stops. It all goes on the meter, and you pay once at the end.
ja: 途中で停まっても別料金はかかりません。メーターのまま、最後にまとめてお支払いください。
ja_reading: tochū de tomatte mo betsu ryōkin wa kakarimasen. mētā no mama, saigo ni matomete oshiharai kudasai.
ja_kana: とちゅう で とまって も べつりょうきん は かかりません。 メーター の まま、 さいご に まとめて おしはらい ください。
ko: 중간에 세워도 따로 요금은 없고, 미터기대로 마지막에 한꺼번에 내시면 됩니다.
ko_reading: junggane sewodo ttaro yogeumeun eopgo, miteogidaero majimage hankkeobeone naesimyeon doemnida.
note: 等候的时间计价器照样计费，出发前说明（见第5课）。
register: polite
tags: stops fare meter

id: taxi-15-012
lesson: taxi-15
zh: 要加一个途经点的话，请在打车软件里添加。
zh_reading: yào jiā yí ge tújīngdiǎn dehuà, qǐng zài dǎchē ruǎnjiàn lǐ tiānjiā.
en: If you'd like to add a stop, please add it in the app.
ja: 途中で寄る場所を追加される場合は、アプリで追加してください。
ja_reading: tochū de yoru basho o tsuika sareru baai wa, apuri de tsuika shite kudasai.
ja_kana: とちゅう で よる ばしょ を ついか される ばあい は、 アプリ で ついか して ください。
ko: 경유지를 추가하시려면 앱에서 추가해 주세요.
ko_reading: gyeongyujireul chugahasiryeomyeon aebeseo chugahae juseyo.
note: 网约车的路线和车费按软件里的订单算，途经点加在软件里，车费才对得上。
register: polite
tags: stops ride-hailing

# ---- 第16课：听懂指路 ----

id: taxi-16-001
lesson: taxi-16
zh: 过了桥第二个路口左转。
zh_reading: guò le qiáo dì-èr ge lùkǒu zuǒ zhuǎn.
en: Take the second left after the bridge.
en_alt: After the bridge, take the second turning on the left.
ja: 橋を渡って、二つ目の角を左に曲がってください。
ja_reading: hashi o watatte, futatsume no kado o hidari ni magatte kudasai.
ja_kana: はし を わたって、 ふたつめ の かど を ひだり に まがって ください。
ko: 다리를 건너서 두 번째 교차로에서 좌회전해 주세요.
ko_reading: darireul geonneoseo du beonjjae gyocharoeseo jwahoejeonhae juseyo.
note: 客人说的话。"the second left" 是"第二个能左转的路口"，不一定是第二个红绿灯；拿不准就问
+ （见本课）。
register: polite
tags: directions guest

id: taxi-16-002
lesson: taxi-16
zh: 下一个红绿灯右转。
zh_reading: xià yí ge hónglǜdēng yòu zhuǎn.
en: Turn right at the next traffic lights.
en_alt: Right at the next lights, please.
ja: 次の信号を右に曲がってください。
ja_reading: tsugi no shingō o migi ni magatte kudasai.
ja_kana: つぎ の しんごう を みぎ に まがって ください。
ko: 다음 신호등에서 우회전해 주세요.
ko_reading: daeum sinhodeungeseo uhoejeonhae juseyo.
note: 客人说的话。traffic lights、lights 都是红绿灯，美国人也说 stoplight。
register: polite
tags: directions guest

id: taxi-16-003
lesson: taxi-16
zh: 请停在那辆公交车后面。
zh_reading: qǐng tíng zài nà liàng gōngjiāochē hòumiàn.
en: Could you pull in behind that bus?
en_alt: Please stop behind that bus.
ja: あのバスの後ろで停めてください。
ja_reading: ano basu no ushiro de tomete kudasai.
ja_kana: あの バス の うしろ で とめて ください。
ko: 저 버스 뒤에 세워 주세요.
ko_reading: jeo beoseu dwie sewo juseyo.
note: 客人说的话。behind 是"后面"，in front of 是"前面"。公交站前后不能停车时，说明原因，
+ 停在前面能停的地方。
register: polite
tags: directions arrival guest

id: taxi-16-004
lesson: taxi-16
zh: 在环岛第三个出口出去。
zh_reading: zài huándǎo dì-sān ge chūkǒu chūqu.
en: Take the third exit at the roundabout.
en_alt: Third exit at the traffic circle, please.
ja: ロータリーを三つ目の出口で出てください。
ja_reading: rōtarī o mittsume no deguchi de dete kudasai.
ja_kana: ロータリー を みっつめ の でぐち で でて ください。
ko: 로터리에서 세 번째 출구로 나가 주세요.
ko_reading: roteorieseo se beonjjae chulguro naga juseyo.
note: 客人说的话。roundabout（英式）、traffic circle（美式）都是环岛；出口从进环岛的地方顺着
+ 行驶方向数。
register: polite
tags: directions guest

id: taxi-16-005
lesson: taxi-16
zh: 上了坡，第一个路口右转。
zh_reading: shàng le pō, dì-yī ge lùkǒu yòu zhuǎn.
en: At the top of the hill, take the first right.
ja: 坂を上ったら、最初の角を右です。
ja_reading: saka o nobottara, saisho no kado o migi desu.
ja_kana: さか を のぼったら、 さいしょ の かど を みぎです。
ko: 언덕을 올라가서 첫 번째 골목에서 우회전해 주세요.
ko_reading: eondeogeul ollagaseo cheot beonjjae golmogeseo uhoejeonhae juseyo.
note: 客人说的话。top of the hill 是"坡顶"，bottom of the hill 是"坡底"。在坡多的老城区，
+ 客人常这样指路。
register: polite
tags: directions guest

id: taxi-16-006
lesson: taxi-16
zh: 过了加油站，在右边。
zh_reading: guò le jiāyóuzhàn, zài yòubian.
en: It's just past the gas station, on the right.
en_alt: It's just after the petrol station, on the right.
ja: ガソリンスタンドを過ぎたところの右側です。
ja_reading: gasorin sutando o sugita tokoro no migigawa desu.
ja_kana: ガソリン スタンド を すぎた ところ の みぎがわです。
ko: 주유소 지나서 오른쪽이에요.
ko_reading: juyuso jinaseo oreunjjogieyo.
note: 客人说的话。加油站美式叫 gas station，英式叫 petrol station；past 和 after 在这里都是
+ "过了"。
register: neutral
tags: directions guest

id: taxi-16-007
lesson: taxi-16
zh: 就是那栋红房子前面。
zh_reading: jiù shì nà dòng hóng fángzi qiánmiàn.
en: It's just in front of that red building.
ja: あの赤い建物の前です。
ja_reading: ano akai tatemono no mae desu.
ja_kana: あの あかい たてもの の まえです。
ko: 바로 저 빨간 건물 앞이에요.
ko_reading: baro jeo ppalgan geonmul apieyo.
note: 客人说的话。客人常用颜色、招牌和商店指路，比如 the one with the green sign（挂绿色招牌的
+ 那家）。
register: neutral
tags: directions guest

id: taxi-16-008
lesson: taxi-16
zh: 就在公园大门对面。
zh_reading: jiù zài gōngyuán dàmén duìmiàn.
en: It's right opposite the park gate.
en_alt: It's across from the park entrance.
ja: 公園の正門の向かいです。
ja_reading: kōen no seimon no mukai desu.
ja_kana: こうえん の せいもん の むかいです。
ko: 공원 정문 바로 맞은편이에요.
ko_reading: gongwon jeongmun baro majeunpyeonieyo.
note: 客人说的话。opposite、across from 是"对面"，next to 是"旁边"，on the corner 是"拐角上"。
register: neutral
tags: directions guest

id: taxi-16-009
lesson: taxi-16
zh: 我们开过了，能掉头吗？
zh_reading: wǒmen kāi guò le, néng diàotóu ma?
en: We've gone past it. Could you turn around?
ja: 通り過ぎてしまいました。Uターンできますか。
ja_reading: tōrisugite shimaimashita. yū-tān dekimasu ka.
ja_kana: とおりすぎて しまいました。 ユーターン できます か。
ko: 지나쳤어요. 유턴할 수 있어요?
ko_reading: jinachyeosseoyo. yuteonhal su isseoyo?
note: 客人说的话。不能掉头时用第3课的说法："I can't make a U-turn here, so I'll turn at the next
+ intersection."
register: neutral
tags: directions guest

id: taxi-16-010
lesson: taxi-16
zh: 是这个路口，还是下一个？
zh_reading: shì zhège lùkǒu, háishi xià yí ge?
en: Is it this junction, or the next one?
en_alt: This turning, or the next one?
ja: この交差点ですか、それとも次ですか。
ja_reading: kono kōsaten desu ka, soretomo tsugi desu ka.
ja_kana: この こうさてんです か、 それとも つぎです か。
ko: 이 교차로예요, 아니면 다음 거예요?
ko_reading: i gyocharoyeyo, animyeon daeum geoyeyo?
note: 快到路口时提前问，不要开过了再问；一边问一边指给客人看。美国人多说 intersection。
register: polite
tags: directions

id: taxi-16-011
lesson: taxi-16
zh: 在这里左转，对吗？
zh_reading: zài zhèlǐ zuǒ zhuǎn, duì ma?
en: Left here, is that right?
en_alt: Turn left here?
ja: ここを左ですね。
ja_reading: koko o hidari desu ne.
ja_kana: ここ を ひだりです ね。
ko: 여기서 좌회전하면 되죠?
ko_reading: yeogiseo jwahoejeonhamyeon doejyo?
note: 客人嘴上说的左右和手指的方向对不上时，复述一遍确认；不要在路口突然转弯。
register: polite
tags: directions

id: taxi-16-012
lesson: taxi-16
zh: 要转弯的时候，请提前告诉我。
zh_reading: yào zhuǎnwān de shíhou, qǐng tíqián gàosu wǒ.
en: Please let me know a little before we need to turn.
en_alt: Please tell me in good time where to turn.
ja: 曲がるところは、少し手前で教えてください。
ja_reading: magaru tokoro wa, sukoshi temae de oshiete kudasai.
ja_kana: まがる ところ は、 すこし てまえ で おしえて ください。
ko: 꺾어야 할 곳은 미리 좀 말씀해 주세요.
ko_reading: kkeokkeoya hal goseun miri jom malsseumhae juseyo.
note: 客人一边看手机地图一边指路时，请他提前说，你才来得及变道。
register: polite
tags: directions

# ---- 第17课：车坏了 ----

id: taxi-17-001
lesson: taxi-17
zh: 对不起，车出了故障，没法继续开了。
zh_reading: duìbuqǐ, chē chū le gùzhàng, méi fǎ jìxù kāi le.
en: I'm very sorry, the car has broken down and I can't go any further.
en_alt: I'm sorry, there's a problem with the car. I can't drive on.
ja: 申し訳ございません。車が故障してしまい、これ以上走れません。
ja_reading: mōshiwake gozaimasen. kuruma ga koshō shite shimai, kore ijō hashiremasen.
ja_kana: もうしわけございません。 くるま が こしょう して しまい、 これ いじょう はしれません。
ko: 정말 죄송합니다. 차가 고장 나서 더 이상 갈 수가 없습니다.
ko_reading: jeongmal joesonghamnida. chaga gojang naseo deo isang gal suga eopseumnida.
note: 先道歉、说明情况，再马上告诉客人你怎么安排（另叫车、搬行李），客人就不会慌。
register: polite
tags: breakdown apology

id: taxi-17-002
lesson: taxi-17
zh: 车胎好像爆了，我先靠边停下。
zh_reading: chētāi hǎoxiàng bào le, wǒ xiān kàobiān tíng xià.
en: I think we've got a flat tire. I'll pull over first.
en_alt: I think we have a flat tyre. I'm going to pull over.
ja: タイヤがパンクしたようです。まず路肩に停めます。
ja_reading: taiya ga panku shita yō desu. mazu rokata ni tomemasu.
ja_kana: タイヤ が パンク した ようです。 まず ろかた に とめます。
ko: 타이어가 펑크 난 것 같습니다. 우선 길가에 세우겠습니다.
ko_reading: taieoga peongkeu nan geot gatseumnida. useon gilgae seugetseumnida.
note: flat tire（美式）、flat tyre（英式）是"爆胎、没气了"。在高速公路上要停到应急车道，
+ 人撤到护栏外。
register: neutral
tags: breakdown safety

id: taxi-17-003
lesson: taxi-17
zh: 双闪已经打开了，警告牌也放好了。
zh_reading: shuāngshǎn yǐjīng dǎkāi le, jǐnggàopái yě fàng hǎo le.
en: I've put the hazard lights on and set up the warning triangle.
ja: ハザードランプをつけて、三角表示板も置きました。
ja_reading: hazādo ranpu o tsukete, sankaku hyōjiban mo okimashita.
ja_kana: ハザード ランプ を つけて、 さんかく ひょうじばん も おきました。
ko: 비상등을 켜고 삼각대도 세워 두었습니다.
ko_reading: bisangdeungeul kyeogo samgakdaedo sewo dueotseumnida.
note: 警告牌英语叫 warning triangle。按《道路交通安全法实施条例》，一般道路上放在车后五十米到
+ 一百米处，高速公路上放在车后一百五十米以外。告诉客人你已经做了什么，客人会安心。
register: neutral
tags: breakdown safety

id: taxi-17-004
lesson: taxi-17
zh: 我马上给您叫另一辆车。
zh_reading: wǒ mǎshàng gěi nín jiào lìng yí liàng chē.
en: I'll get another car for you right away.
en_alt: I'll call another taxi for you straight away.
ja: すぐに別の車を手配いたします。
ja_reading: sugu ni betsu no kuruma o tehai itashimasu.
ja_kana: すぐ に べつ の くるま を てはい いたします。
ko: 바로 다른 차를 불러 드리겠습니다.
ko_reading: baro dareun chareul bulleo deurigetseumnida.
note: 通过公司调度或打车软件叫车。不能把客人丢在路边让他自己想办法。
register: polite
tags: breakdown

id: taxi-17-005
lesson: taxi-17
zh: 另一辆车大约十分钟后到，请您在安全的地方稍等。
zh_reading: lìng yí liàng chē dàyuē shí fēnzhōng hòu dào, qǐng nín zài ānquán de dìfang shāo děng.
en: The other car will be here in about ten minutes. Please wait somewhere safe.
ja: 別の車は10分ほどで参りますので、安全な場所で少々お待ちください。
ja_reading: betsu no kuruma wa juppun hodo de mairimasu node, anzen na basho de shōshō omachi kudasai.
ja_kana: べつ の くるま は じゅっぷん ほど で まいります ので、 あんぜんな ばしょ で しょうしょう おまち ください。
ko: 다른 차가 10분쯤 뒤에 도착하니까 안전한 곳에서 잠시만 기다려 주세요.
ko_reading: dareun chaga sip bunjjeum dwie dochakanikka anjeonhan goseseo jamsiman gidaryeo juseyo.
note: 时间按实际情况说。客人赶飞机、赶火车时，更要说清楚车什么时候到。
register: polite
tags: breakdown waiting time

id: taxi-17-006
lesson: taxi-17
zh: 我帮您把行李搬到那辆车上。
zh_reading: wǒ bāng nín bǎ xíngli bān dào nà liàng chē shang.
en: I'll move your luggage over to the other car for you.
ja: お荷物はあちらの車にお移しします。
ja_reading: onimotsu wa achira no kuruma ni outsushi shimasu.
ja_kana: おにもつ は あちら の くるま に おうつし します。
ko: 짐은 제가 저 차로 옮겨 드리겠습니다.
ko_reading: jimeun jega jeo charo omgyeo deurigetseumnida.
note: 搬完和客人一起数一遍行李，再看一眼后座和后备箱。
register: polite
tags: breakdown luggage

id: taxi-17-007
lesson: taxi-17
zh: 我已经把您去哪儿告诉那位司机了。
zh_reading: wǒ yǐjīng bǎ nín qù nǎr gàosu nà wèi sījī le.
en: I've told the other driver where you're going.
ja: 行き先はあちらの運転手に伝えてあります。
ja_reading: ikisaki wa achira no untenshu ni tsutaete arimasu.
ja_kana: いきさき は あちら の うんてんしゅ に つたえて あります。
ko: 목적지는 그 기사님께 이미 말씀드렸습니다.
ko_reading: mokjeokjineun geu gisanimkke imi malsseumdeuryeotseumnida.
note: 把地址直接发给接手的司机或当面交代清楚，客人就不用再解释一遍。
register: polite
tags: breakdown destination

id: taxi-17-008
lesson: taxi-17
zh: 这一程的车费您不用付了。
zh_reading: zhè yì chéng de chēfèi nín búyòng fù le.
en: You don't need to pay for this ride.
en_alt: There's nothing to pay for this ride.
ja: 今回の料金はいただきません。
ja_reading: konkai no ryōkin wa itadakimasen.
ja_kana: こんかい の りょうきん は いただきません。
ko: 이번 요금은 안 내셔도 됩니다.
ko_reading: ibeon yogeumeun an naesyeodo doemnida.
note: 车出了故障、没能把客人送到时，按公司的规定这一程不收车费，就这样说。先道歉，再帮客人另找一辆车。
local: 车坏了没能把客人送到时这一程不收车费：按出租汽车公司的规定；《青岛市客运出租汽车管理条例》中乘客可以拒付车费的情形未按正式文本核对，核对前不说"本市的规定"
local_source: 出租汽车公司的服务规定；《青岛市客运出租汽车管理条例》正式文本（未核对）
register: polite
tags: breakdown fare

id: taxi-17-009
lesson: taxi-17
zh: 耽误您的时间了，真对不起。
zh_reading: dānwu nín de shíjiān le, zhēn duìbuqǐ.
en: I'm really sorry for holding you up.
en_alt: I'm very sorry for the delay.
ja: お時間を取らせてしまい、申し訳ございません。
ja_reading: ojikan o torasete shimai, mōshiwake gozaimasen.
ja_kana: おじかん を とらせて しまい、 もうしわけございません。
ko: 늦어지게 해서 정말 죄송합니다.
ko_reading: neujeojige haeseo jeongmal joesonghamnida.
note: 送客人上另一辆车时再道一次歉。hold someone up 是"耽误别人"。
register: polite
tags: breakdown apology

# ---- 第18课：喝醉或不舒服的客人 ----

id: taxi-18-001
lesson: taxi-18
zh: 您还好吗？想吐的话告诉我，我马上停车。
zh_reading: nín hái hǎo ma? xiǎng tù dehuà gàosu wǒ, wǒ mǎshàng tíngchē.
en: Are you all right? If you feel sick, tell me and I'll stop right away.
ja: 大丈夫ですか。気分が悪くなったら、すぐ停めますのでおっしゃってください。
ja_reading: daijōbu desu ka. kibun ga waruku nattara, sugu tomemasu node osshatte kudasai.
ja_kana: だいじょうぶです か。 きぶん が わるく なったら、 すぐ とめます ので おっしゃって ください。
ko: 괜찮으세요? 토할 것 같으면 말씀하세요. 바로 세우겠습니다.
ko_reading: gwaenchaneuseyo? tohal geot gateumyeon malsseumhaseyo. baro seugetseumnida.
note: 客人喝多了上车时先说这句。"吐"在这里读 tù。英国人说 feel sick 常常就是想吐。
register: polite
tags: health drunk

id: taxi-18-002
lesson: taxi-18
zh: 座椅背后有塑料袋，需要的话请用。
zh_reading: zuòyǐ bèihòu yǒu sùliàodài, xūyào dehuà qǐng yòng.
en: There's a plastic bag in the seat pocket if you need it.
ja: 座席のポケットにビニール袋がありますので、よろしければお使いください。
ja_reading: zaseki no poketto ni binīru-bukuro ga arimasu node, yoroshikereba otsukai kudasai.
ja_kana: ざせき の ポケット に ビニールぶくろ が あります ので、 よろしければ おつかい ください。
ko: 앞좌석 뒤 주머니에 비닐봉지가 있으니까 필요하시면 쓰세요.
ko_reading: apjwaseok dwi jumeonie binilbongjiga isseunikka piryohasimyeon sseuseyo.
note: 车上备几个塑料袋，比事后清洗省事得多。
register: polite
tags: health drunk

id: taxi-18-003
lesson: taxi-18
zh: 要喝点水吗？这瓶是没开过的。
zh_reading: yào hē diǎn shuǐ ma? zhè píng shì méi kāi guo de.
en: Would you like some water? This bottle hasn't been opened.
ja: お水はいかがですか。こちらは未開封です。
ja_reading: omizu wa ikaga desu ka. kochira wa mikaifū desu.
ja_kana: おみず は いかがです か。 こちら は みかいふうです。
ko: 물 좀 드릴까요? 이건 뜯지 않은 새 거예요.
ko_reading: mul jom deurilkkayo? igeon tteutji aneun sae geoyeyo.
note: 给水时说明是没开过的，客人才放心喝。
register: polite
tags: health comfort

id: taxi-18-004
lesson: taxi-18
zh: 您住哪家酒店？房卡上有名字吗？
zh_reading: nín zhù nǎ jiā jiǔdiàn? fángkǎ shang yǒu míngzi ma?
en: Which hotel are you staying at? Does your key card have the name on it?
ja: どちらのホテルにお泊まりですか。ルームキーにホテル名は書いてありますか。
ja_reading: dochira no hoteru ni otomari desu ka. rūmu kī ni hoterumei wa kaite arimasu ka.
ja_kana: どちら の ホテル に おとまりです か。 ルーム キー に ホテルめい は かいて あります か。
ko: 어느 호텔에 묵으세요? 객실 카드키에 호텔 이름이 있나요?
ko_reading: eoneu hotere mugeuseyo? gaeksil kadeukie hotel ireumi innayo?
note: 客人喝多了说不清地址时，请他拿出房卡、酒店卡片或手机里的订单给你看；不要自己翻客人的包。
register: polite
tags: drunk address hotel

id: taxi-18-005
lesson: taxi-18
zh: 有朋友能陪您一起回去吗？
zh_reading: yǒu péngyou néng péi nín yìqǐ huíqu ma?
en: Is there a friend who can ride back with you?
ja: どなたか一緒に帰ってくださる方はいらっしゃいますか。
ja_reading: donata ka issho ni kaette kudasaru kata wa irasshaimasu ka.
ja_kana: どなた か いっしょ に かえって くださる かた は いらっしゃいます か。
ko: 같이 돌아가 주실 일행분이 계세요?
ko_reading: gachi doraga jusil ilhaengbuni gyeseyo?
note: 朋友送醉得走不稳的客人上车时问这一句；有同伴陪着，路上和下车都更安全。
register: polite
tags: drunk safety

id: taxi-18-006
lesson: taxi-18
zh: 到了，我扶您下车，小心脚下。
zh_reading: dào le, wǒ fú nín xià chē, xiǎoxīn jiǎoxià.
en: We're here. Let me help you out. Watch your step.
ja: 着きました。お手伝いしますので、足元にお気をつけください。
ja_reading: tsukimashita. otetsudai shimasu node, ashimoto ni oki o tsuke kudasai.
ja_kana: つきました。 おてつだい します ので、 あしもと に おき を つけ ください。
ko: 도착했습니다. 내리실 때 부축해 드릴게요. 발밑 조심하세요.
ko_reading: dochakaetseumnida. naerisil ttae buchukae deurilgeyo. balmit josimhaseyo.
note: 扶之前先问一句（见第11课）。可以请酒店门童或前台帮忙把客人送进去。
register: polite
tags: drunk safety arrival

id: taxi-18-007
lesson: taxi-18
zh: 您好，醒一醒，我们到了。
zh_reading: nín hǎo, xǐng yi xǐng, wǒmen dào le.
en: Excuse me, please wake up. We've arrived.
en_alt: Excuse me, we're here now.
ja: お客様、着きましたよ。
ja_reading: okyakusama, tsukimashita yo.
ja_kana: おきゃくさま、 つきました よ。
ko: 손님, 일어나세요. 다 왔습니다.
ko_reading: sonnim, ireonaseyo. da watseumnida.
note: 叫醒睡着的客人时先出声叫，必要时轻拍肩膀，不要摇晃或大喊。叫不醒、呼吸不正常时打 120。
register: polite
tags: drunk arrival

id: taxi-18-008
lesson: taxi-18
zh: 对不起，我吐在车上了。
zh_reading: duìbuqǐ, wǒ tù zài chē shang le.
en: I'm so sorry, I've been sick in your car.
ja: すみません、車の中で吐いてしまいました。
ja_reading: sumimasen, kuruma no naka de haite shimaimashita.
ja_kana: すみません、 くるま の なか で はいて しまいました。
ko: 죄송해요, 차 안에서 토했어요.
ko_reading: joesonghaeyo, cha aneseo tohaesseoyo.
note: 客人说的话。先关心客人，再平静地说清洗的事（见下一句），不要当场发火。
register: neutral
tags: health drunk guest

id: taxi-18-009
lesson: taxi-18
local: 清洗费：按洗车店收据上的实际金额；有争议时问 12328
local_source: 交通运输部 12328 交通运输服务监督电话；本公司的规定（示例）
zh: 座椅得清洗，清洗费要麻烦您承担，我会给您看收据。
zh_reading: zuòyǐ děi qīngxǐ, qīngxǐfèi yào máfan nín chéngdān, wǒ huì gěi nín kàn shōujù.
en: The seat needs cleaning, so I'm afraid I have to ask you to pay for it. I'll show you the receipt.
ja: 座席のクリーニングが必要になりますので、クリーニング代をご負担いただけますか。領収書をお見せします。
ja_reading: zaseki no kurīningu ga hitsuyō ni narimasu node, kurīningu-dai o gofutan itadakemasu ka. ryōshūsho o omise shimasu.
ja_kana: ざせき の クリーニング が ひつよう に なります ので、 クリーニングだい を ごふたん いただけます か。 りょうしゅうしょ を おみせ します。
ko: 실내 세차를 해야 해서요. 죄송하지만 세차 비용을 부담해 주시겠어요? 영수증은 보여 드리겠습니다.
ko_reading: sillae sechareul haeya haeseoyo. joesonghajiman secha biyongeul budamhae jusigesseoyo? yeongsujeungeun boyeo deurigetseumnida.
note: 清洗费按洗车店收据上的实际金额，不要随口要一个高价。客人不同意时不要争吵，交给公司处理，
+ 或者打 12328 问一问。
register: polite
tags: drunk fare

id: taxi-18-010
lesson: taxi-18
zh: 清洁费会按平台的规定在打车软件里收取。
zh_reading: qīngjiéfèi huì àn píngtái de guīdìng zài dǎchē ruǎnjiàn lǐ shōuqǔ.
en: The cleaning fee will be charged through the app, under the platform's rules.
ja: クリーニング料金は、配車アプリの規定に従ってアプリで請求されます。
ja_reading: kurīningu ryōkin wa, haisha apuri no kitei ni shitagatte apuri de seikyū saremasu.
ja_kana: クリーニング りょうきん は、 はいしゃ アプリ の きてい に したがって アプリ で せいきゅう されます。
ko: 세차 비용은 플랫폼 규정에 따라 앱으로 청구됩니다.
ko_reading: secha biyongeun peullaetpom gyujeonge ttara aebeuro cheongudoemnida.
note: 网约车司机用：拍照留证，按平台的流程申请，金额由平台定，不要私下向客人要钱。
register: polite
tags: ride-hailing drunk fare

# ---- 第19课：台风、暴雨和封路 ----

id: taxi-19-001
lesson: taxi-19
zh: 台风要来了，今天的轮渡停航了。
zh_reading: táifēng yào lái le, jīntiān de lúndù tínghǎng le.
en: There's a typhoon coming, so the ferry isn't running today.
en_alt: The ferry's been cancelled today because of the typhoon.
ja: 台風が近づいているので、今日のフェリーは欠航です。
ja_reading: taifū ga chikazuite iru node, kyō no ferī wa kekkō desu.
ja_kana: たいふう が ちかづいて いる ので、 きょう の フェリー は けっこうです。
ko: 태풍이 오고 있어서 오늘 페리는 운항하지 않습니다.
ko_reading: taepungi ogo isseoseo oneul perineun unhanghaji anseumnida.
note: 停不停航以轮渡公司的公告为准；没有把握时说 "It may not be running."，帮客人查一下。
local: 青岛—黄岛轮渡：停不停航以轮渡运营单位和青岛市交通运输局当天的公告为准（例句中的台风是示例）
local_source: 青岛市交通运输局和轮渡运营单位发布的停航公告（未核对）
register: neutral
tags: weather ferry

id: taxi-19-002
lesson: taxi-19
zh: 今天去黄岛的轮渡开吗？
zh_reading: jīntiān qù Huángdǎo de lúndù kāi ma?
en: Is the ferry to Huangdao running today?
ja: 今日、黄島行きのフェリーは出ていますか。
ja_reading: kyō, Howandao-yuki no ferī wa dete imasu ka.
ja_kana: きょう、 ホワンダオゆき の フェリー は でて います か。
ko: 오늘 황다오 가는 페리 운항해요?
ko_reading: oneul Hwangdao ganeun peri unhanghaeyo?
note: 客人说的话。不清楚就说 "I'm not sure. Let me check."，帮客人查，不要随口说开或不开。
local: 青岛—黄岛轮渡（航线和码头按轮渡运营单位公布的为准）
local_source: 青岛市交通运输局 水路客运信息（未核对）
register: neutral
tags: weather ferry guest

id: taxi-19-003
lesson: taxi-19
zh: 今天雾大，轮渡停了，我们可以走海底隧道过去。
zh_reading: jīntiān wù dà, lúndù tíng le, wǒmen kěyǐ zǒu hǎidǐ suìdào guòqu.
en: It's very foggy today and the ferry has stopped, but we can go through the undersea tunnel.
ja: 今日は霧が濃くてフェリーが止まっていますが、海底トンネルを通って行けます。
ja_reading: kyō wa kiri ga kokute ferī ga tomatte imasu ga, kaitei tonneru o tōtte ikemasu.
ja_kana: きょう は きり が こくて フェリー が とまって います が、 かいてい トンネル を とおって いけます。
ko: 오늘은 안개가 짙어서 페리가 멈췄지만, 해저터널로 건너갈 수 있습니다.
ko_reading: oneureun angaega jiteoseo periga meomchwotjiman, haejeoteoneollo geonneogal su itseumnida.
note: 胶州湾隧道连接市南区团岛和黄岛薛家岛，轮渡停航时可以走隧道去黄岛。隧道收不收费、收多少
+ 按现行规定，进隧道前先告诉客人。
local: 胶州湾隧道（团岛—薛家岛）连接青岛老市区和黄岛
local_source: Wikipedia: Qingdao Jiaozhou Bay Tunnel（团岛路—薛家岛，2011 年 7 月 1 日通车）；青岛市交通运输局（现行通行费，未核对）
register: neutral
tags: weather ferry route

id: taxi-19-004
lesson: taxi-19
zh: 胶州湾大桥因为大风临时封闭了。
zh_reading: Jiāozhōu Wān Dàqiáo yīnwèi dàfēng línshí fēngbì le.
en: The Jiaozhou Bay Bridge is closed for now because of strong winds.
ja: 強風のため、膠州湾大橋が一時通行止めになっています。
ja_reading: kyōfū no tame, Kōshūwan Ōhashi ga ichiji tsūkōdome ni natte imasu.
ja_kana: きょうふう の ため、 こうしゅうわん おおはし が いちじ つうこうどめ に なって います。
ko: 강풍 때문에 자오저우만 대교가 임시로 통제되고 있습니다.
ko_reading: gangpung ttaemune Jaojeouman daegyoga imsiro tongjedoego itseumnida.
note: 封闭的消息以交警发布的为准，导航软件一般也会提示。先说原因，再说改走哪条路、大概多花多少
+ 时间。
local: 胶州湾大桥的临时封闭以青岛市公安局交通警察支队当天发布的交通管制信息为准（例句中的大风是示例）
local_source: 青岛市公安局交通警察支队发布的交通管制信息（未核对）
register: neutral
tags: weather route traffic

id: taxi-19-005
lesson: taxi-19
zh: 雨太大了，前面的路积水封了，我们绕一下。
zh_reading: yǔ tài dà le, qiánmiàn de lù jīshuǐ fēng le, wǒmen rào yíxià.
en: The rain's very heavy and the road ahead is flooded and closed, so we'll have to go around.
ja: 大雨でこの先の道路が冠水して通行止めになっていますので、迂回します。
ja_reading: ōame de kono saki no dōro ga kansui shite tsūkōdome ni natte imasu node, ukai shimasu.
ja_kana: おおあめ で この さき の どうろ が かんすい して つうこうどめ に なって います ので、 うかい します。
ko: 비가 너무 많이 와서 앞쪽 도로가 침수로 통제됐습니다. 돌아서 가겠습니다.
ko_reading: biga neomu mani waseo apjjok doroga chimsuro tongjedwaetseumnida. doraseo gagetseumnida.
note: 不要冒险开进积水的路段。绕路前说明原因，客人就不会以为你故意绕远。
register: neutral
tags: weather route

id: taxi-19-006
lesson: taxi-19
zh: 雨天路滑，我开慢一点。
zh_reading: yǔtiān lù huá, wǒ kāi màn yìdiǎn.
en: The roads are slippery in the rain, so I'll take it a bit slower.
ja: 雨で路面が滑りやすいので、少しゆっくり走ります。
ja_reading: ame de romen ga suberiyasui node, sukoshi yukkuri hashirimasu.
ja_kana: あめ で ろめん が すべりやすい ので、 すこし ゆっくり はしります。
ko: 비 때문에 길이 미끄러워서 조금 천천히 가겠습니다.
ko_reading: bi ttaemune giri mikkeureowoseo jogeum cheoncheonhi gagetseumnida.
note: 客人赶时间也先说这句，安全第一（见第3课）。
register: neutral
tags: weather safety

id: taxi-19-007
lesson: taxi-19
zh: 台风天风大，下车时请抓紧车门。
zh_reading: táifēngtiān fēng dà, xià chē shí qǐng zhuājǐn chēmén.
en: It's very windy with the typhoon, so please hold on to the door when you get out.
ja: 台風で風が強いので、降りるときはドアをしっかり押さえてください。
ja_reading: taifū de kaze ga tsuyoi node, oriru toki wa doa o shikkari osaete kudasai.
ja_kana: たいふう で かぜ が つよい ので、 おりる とき は ドア を しっかり おさえて ください。
ko: 태풍 때문에 바람이 세니까 내리실 때 문을 꼭 잡아 주세요.
ko_reading: taepung ttaemune barami senikka naerisil ttae muneul kkok jaba juseyo.
note: 大风会把车门猛地吹开，夹到人或撞到旁边的车和行人。
register: polite
tags: weather safety

id: taxi-19-008
lesson: taxi-19
zh: 台风天海边的路可能封闭，我们走里边的路。
zh_reading: táifēngtiān hǎibiān de lù kěnéng fēngbì, wǒmen zǒu lǐbian de lù.
en: The seafront roads may be closed in a typhoon, so we'll take a road further inland.
ja: 台風のときは海沿いの道路が通行止めになることがあるので、内陸側の道を通ります。
ja_reading: taifū no toki wa umizoi no dōro ga tsūkōdome ni naru koto ga aru node, nairikugawa no michi o tōrimasu.
ja_kana: たいふう の とき は うみぞい の どうろ が つうこうどめ に なる こと が ある ので、 ないりくがわ の みち を とおります。
ko: 태풍이 올 때는 해안 도로가 통제될 수 있어서 안쪽 길로 가겠습니다.
ko_reading: taepungi ol ttaeneun haean doroga tongjedoel su isseoseo anjjok gillo gagetseumnida.
note: 台风天海浪可能打上海边的路，路上也可能有刮倒的树和广告牌，尽量走离海远一点的路。
register: neutral
tags: weather route

id: taxi-19-009
lesson: taxi-19
zh: 天气不好，航班可能会延误，您最好查一下航班动态。
zh_reading: tiānqì bù hǎo, hángbān kěnéng huì yánwù, nín zuìhǎo chá yíxià hángbān dòngtài.
en: With this weather, flights may be delayed. You might want to check your flight status.
ja: 天気が悪いので、便が遅れるかもしれません。運航状況をご確認ください。
ja_reading: tenki ga warui node, bin ga okureru ka mo shiremasen. unkō jōkyō o gokakunin kudasai.
ja_kana: てんき が わるい ので、 びん が おくれる か も しれません。 うんこう じょうきょう を ごかくにん ください。
ko: 날씨가 안 좋아서 비행기가 지연될 수도 있으니 운항 정보를 확인해 보세요.
ko_reading: nalssiga an joaseo bihaenggiga jiyeondoel sudo isseuni unhang jeongboreul hwaginhae boseyo.
note: 只提醒，不要替客人判断航班飞不飞；航班动态以航空公司和机场的通知为准。
register: polite
tags: weather airport

id: taxi-19-010
lesson: taxi-19
zh: 台风天邮轮可能推迟开船，请您跟邮轮公司确认一下。
zh_reading: táifēngtiān yóulún kěnéng tuīchí kāi chuán, qǐng nín gēn yóulún gōngsī quèrèn yíxià.
en: Cruise ships may sail late when there's a typhoon. Please check with your cruise line.
ja: 台風のときはクルーズ船の出航が遅れることがありますので、クルーズ会社にご確認ください。
ja_reading: taifū no toki wa kurūzu-sen no shukkō ga okureru koto ga arimasu node, kurūzu-gaisha ni gokakunin kudasai.
ja_kana: たいふう の とき は クルーズせん の しゅっこう が おくれる こと が あります ので、 クルーズがいしゃ に ごかくにん ください。
ko: 태풍이 오면 크루즈 출항이 늦어질 수 있으니 크루즈 회사에 확인해 보세요.
ko_reading: taepungi omyeon keurujeu chulhangi neujeojil su isseuni keurujeu hoesae hwaginhae boseyo.
note: 送客人去邮轮码头时用。开船时间以邮轮公司的通知为准。
register: polite
tags: weather port

id: taxi-19-011
lesson: taxi-19
zh: 这种天气开车安全吗？
zh_reading: zhè zhǒng tiānqì kāichē ānquán ma?
en: Is it safe to drive in this weather?
ja: こんな天気で運転して大丈夫ですか。
ja_reading: konna tenki de unten shite daijōbu desu ka.
ja_kana: こんな てんき で うんてん して だいじょうぶです か。
ko: 이런 날씨에 운전해도 괜찮아요?
ko_reading: ireon nalssie unjeonhaedo gwaenchanayo?
note: 客人说的话。如实回答；路况太危险时，和客人商量等一等或换条路，不要硬开。
register: neutral
tags: weather safety guest

# ---- 第20课：交班、人多和行李多 ----

id: taxi-20-001
lesson: taxi-20
zh: 我本来要交班了，不过没关系，请上车，我送您过去。
zh_reading: wǒ běnlái yào jiāobān le, búguò méi guānxi, qǐng shàng chē, wǒ sòng nín guòqu.
en: I was about to finish my shift, but that's fine. Please get in and I'll take you.
ja: そろそろ交代の時間ですが、大丈夫です。どうぞお乗りください。お送りします。
ja_reading: sorosoro kōtai no jikan desu ga, daijōbu desu. dōzo onori kudasai. ookuri shimasu.
ja_kana: そろそろ こうたい の じかんです が、 だいじょうぶです。 どうぞ おのり ください。 おおくり します。
ko: 곧 교대할 시간이지만 괜찮습니다. 타세요. 모셔다 드리겠습니다.
ko_reading: got gyodaehal siganijiman gwaenchanseumnida. taseyo. mosyeoda deurigetseumnida.
note: 空车灯亮着，就不能以交班为理由不载客。客人看出你在赶时间而犹豫时，这样说让他放心。
register: polite
tags: off-duty pickup

id: taxi-20-002
lesson: taxi-20
zh: 对不起，我的车已经停运了，我帮您叫一辆车好吗？
zh_reading: duìbuqǐ, wǒ de chē yǐjīng tíngyùn le, wǒ bāng nín jiào yí liàng chē hǎo ma?
en: I'm sorry, I'm off duty now. Shall I call another taxi for you?
ja: 申し訳ございません、もう回送中なんです。別のタクシーをお呼びしましょうか。
ja_reading: mōshiwake gozaimasen, mō kaisōchū nan desu. betsu no takushī o oyobi shimashō ka.
ja_kana: もうしわけございません、 もう かいそうちゅう なんです。 べつ の タクシー を および しましょう か。
ko: 죄송합니다. 지금은 운행을 마쳤습니다. 다른 택시를 불러 드릴까요?
ko_reading: joesonghamnida. jigeumeun unhaengeul machyeotseumnida. dareun taeksireul bulleo deurilkkayo?
note: 只有车上已经按规定显示"停运"时才能这样说。帮客人叫车，客人就不会觉得被拒载。日语的
+ 「回送」就是出租车不载客、开回车场。
register: polite
tags: off-duty pickup

id: taxi-20-003
lesson: taxi-20
zh: 我们五个人，能坐得下吗？
zh_reading: wǒmen wǔ ge rén, néng zuò de xià ma?
en: There are five of us. Can we all fit?
ja: 5人なんですが、乗れますか。
ja_reading: gonin nan desu ga, noremasu ka.
ja_kana: ごにん なんです が、 のれます か。
ko: 저희 다섯 명인데 다 탈 수 있어요?
ko_reading: jeohui daseon myeonginde da tal su isseoyo?
note: 客人说的话。超过核定人数不能载，但要帮客人想办法（见下面两句）。
register: neutral
tags: passengers guest

id: taxi-20-004
lesson: taxi-20
zh: 五位一辆车坐不下，我帮您再叫一辆，两辆车一起走，好吗？
zh_reading: wǔ wèi yí liàng chē zuò bu xià, wǒ bāng nín zài jiào yí liàng, liǎng liàng chē yìqǐ zǒu, hǎo ma?
en: Five won't fit in one car, but I can call a second one and we'll go together. Would that be all right?
ja: 5名様ですと一台には乗れませんので、もう一台お呼びして一緒に向かいましょうか。
ja_reading: gomei-sama desu to ichidai ni wa noremasen node, mō ichidai oyobi shite issho ni mukaimashō ka.
ja_kana: ごめいさまです と いちだい に は のれません ので、 もう いちだい および して いっしょ に むかいましょう か。
ko: 다섯 분은 한 대에 다 못 타시니까 한 대 더 불러서 같이 가시는 게 어떨까요?
ko_reading: daseot buneun han daee da mot tasinikka han dae deo bulleoseo gachi gasineun ge eotteolkkayo?
note: 不说 "No"，而是给办法：再叫一辆车一起走，或者建议叫大一点的车（见下一句）。
register: polite
tags: passengers

id: taxi-20-005
lesson: taxi-20
zh: 人多的话，可以试试在打车软件里叫六座的车。
zh_reading: rén duō dehuà, kěyǐ shìshi zài dǎchē ruǎnjiàn lǐ jiào liù zuò de chē.
en: For a bigger group, you could try ordering a six-seater in the app.
ja: 人数が多い場合は、アプリで6人乗りの車を呼んでみてはいかがでしょうか。
ja_reading: ninzū ga ōi baai wa, apuri de rokunin-nori no kuruma o yonde mite wa ikaga deshō ka.
ja_kana: にんずう が おおい ばあい は、 アプリ で ろくにんのり の くるま を よんで みて は いかがでしょう か。
ko: 인원이 많으시면 앱에서 6인승 차를 불러 보시는 건 어떨까요?
ko_reading: inwoni maneusimyeon aebeseo yuginseung chareul bulleo bosineun geon eotteolkkayo?
note: 各平台的车型名称不一样，也可以说 "a bigger car"。
register: polite
tags: passengers ride-hailing

id: taxi-20-006
lesson: taxi-20
zh: 你是不想拉我们吗？
zh_reading: nǐ shì bù xiǎng lā wǒmen ma?
en: Are you saying you won't take us?
ja: 乗せてくれないということですか。
ja_reading: nosete kurenai to iu koto desu ka.
ja_kana: のせて くれない と いう ことです か。
ko: 저희를 안 태워 주시겠다는 거예요?
ko_reading: jeohuireul an taewo jusigetdaneun geoyeyo?
note: 客人说的话。听到这句要马上说明原因、给出办法（见下一句），不要沉默或摆手。
register: neutral
tags: passengers guest

id: taxi-20-007
lesson: taxi-20
zh: 不是的，人太多超载不安全，我这就帮您叫车。
zh_reading: bú shì de, rén tài duō chāozài bù ānquán, wǒ zhè jiù bāng nín jiào chē.
en: Not at all. It just isn't safe to carry too many people. I'll call another car for you right now.
ja: いいえ、定員を超えると危ないだけなんです。すぐに車をお呼びします。
ja_reading: iie, teiin o koeru to abunai dake nan desu. sugu ni kuruma o oyobi shimasu.
ja_kana: いいえ、 ていいん を こえる と あぶない だけ なんです。 すぐ に くるま を および します。
ko: 아닙니다. 정원을 넘으면 위험해서 그렇습니다. 지금 바로 차를 불러 드리겠습니다.
ko_reading: animnida. jeongwoneul neomeumyeon wiheomhaeseo geureoseumnida. jigeum baro chareul bulleo deurigetseumnida.
note: 先说 "Not at all"，让客人知道你不是在拒载，再说原因和办法。
register: polite
tags: passengers safety

id: taxi-20-008
lesson: taxi-20
zh: 我们先试着放一下，实在放不下再想办法。
zh_reading: wǒmen xiān shìzhe fàng yíxià, shízài fàng bu xià zài xiǎng bànfǎ.
en: Let's try to fit everything in first. If it really won't fit, we'll work something out.
ja: まずは積んでみましょう。どうしても入らなければ、また考えます。
ja_reading: mazu wa tsunde mimashō. dōshite mo hairanakereba, mata kangaemasu.
ja_kana: まず は つんで みましょう。 どうしても はいらなければ、 また かんがえます。
ko: 일단 실어 보고, 정말 안 들어가면 다른 방법을 찾아보겠습니다.
ko_reading: ildan sireo bogo, jeongmal an deureogamyeon dareun bangbeobeul chajabogetseumnida.
note: 行李多时先试，不要看一眼就说 "Too many bags."。
register: polite
tags: luggage

id: taxi-20-009
lesson: taxi-20
zh: 箱子不能放在后窗台上，会挡住我看后面。
zh_reading: xiāngzi bù néng fàng zài hòu chuāngtái shang, huì dǎngzhù wǒ kàn hòumiàn.
en: I can't put the case on the back shelf. It would block my view behind.
ja: 後ろの窓のところに荷物を置くと後ろが見えなくなるので、置けないんです。
ja_reading: ushiro no mado no tokoro ni nimotsu o oku to ushiro ga mienaku naru node, okenai n desu.
ja_kana: うしろ の まど の ところ に にもつ を おく と うしろ が みえなく なる ので、 おけない んです。
ko: 뒷유리 쪽에 짐을 두면 뒤가 안 보여서 거기에는 못 둡니다.
ko_reading: dwinnyuri jjoge jimeul dumyeon dwiga an boyeoseo geogieneun mot dumnida.
note: 说明原因客人就能理解；可以改放在后座或客人脚边。
register: polite
tags: luggage safety

id: taxi-20-010
lesson: taxi-20
zh: 这辆车实在放不下，我帮您叫一辆大一点的车吧。
zh_reading: zhè liàng chē shízài fàng bu xià, wǒ bāng nín jiào yí liàng dà yìdiǎn de chē ba.
en: I'm afraid it won't all fit in this car. Shall I call a bigger one for you?
ja: 申し訳ございません、この車には全部入りきらないので、大きめの車をお呼びしましょうか。
ja_reading: mōshiwake gozaimasen, kono kuruma ni wa zenbu hairikiranai node, ōkime no kuruma o oyobi shimashō ka.
ja_kana: もうしわけございません、 この くるま に は ぜんぶ はいりきらない ので、 おおきめ の くるま を および しましょう か。
ko: 죄송하지만 이 차에는 짐이 다 안 들어가서요. 더 큰 차를 불러 드릴까요?
ko_reading: joesonghajiman i chaeneun jimi da an deureogaseoyo. deo keun chareul bulleo deurilkkayo?
note: 试过以后真的放不下、又不能挡住后窗时才这样说；帮客人叫好车，等车来了再走。
register: polite
tags: luggage

# ---- 第21课：投诉电话和夜间安全 ----

id: taxi-21-001
lesson: taxi-21
zh: 我要投诉，打什么电话？
zh_reading: wǒ yào tóusù, dǎ shénme diànhuà?
en: I'd like to make a complaint. What number do I call?
ja: 苦情を申し立てたいのですが、どこに電話すればいいですか。
ja_reading: kujō o mōshitatetai no desu ga, doko ni denwa sureba ii desu ka.
ja_kana: くじょう を もうしたてたい のです が、 どこ に でんわ すれば いいです か。
ko: 불만을 접수하고 싶은데 어디로 전화하면 돼요?
ko_reading: bulmaneul jeopsuhago sipeunde eodiro jeonhwahamyeon dwaeyo?
note: 客人说的话。不要慌，也不要阻拦，如实告诉客人电话（见下面几句）。
register: neutral
tags: complaint guest

id: taxi-21-002
lesson: taxi-21
local: 投诉电话：12328（交通运输服务监督电话，全国统一）
local_source: 交通运输部 12328 交通运输服务监督电话
zh: 可以打12328，这是交通运输服务监督电话。
zh_reading: kěyǐ dǎ yāo èr sān èr bā, zhè shì jiāotōng yùnshū fúwù jiāndū diànhuà.
en: You can call 12328. It's the hotline for complaints about transport services.
en_alt: You can call the transport service hotline, 12328.
ja: 12328番にお電話ください。交通運輸サービスの苦情窓口です。
ja_reading: ichi-ni-san-ni-hachi-ban ni odenwa kudasai. kōtsū un'yu sābisu no kujō madoguchi desu.
ja_kana: いちにさんにはちばん に おでんわ ください。 こうつう うんゆ サービス の くじょう まどぐちです。
ko: 12328번으로 전화하시면 됩니다. 교통운수 서비스 민원 전화입니다.
ko_reading: irisamipal beoneuro jeonhwahasimyeon doemnida. gyotongunsu seobiseu minwon jeonhwaimnida.
note: 12328 是全国统一的交通运输服务监督电话，号码里的"1"读作 yāo。接线员不一定会说外语，
+ 客人可以请酒店或朋友帮忙打。
register: polite
tags: complaint phone numbers

id: taxi-21-003
lesson: taxi-21
local: 投诉电话：12345（青岛政务服务便民热线）
local_source: 青岛市 12345 政务服务便民热线
zh: 也可以打12345政务服务便民热线。
zh_reading: yě kěyǐ dǎ yāo èr sān sì wǔ zhèngwù fúwù biànmín rèxiàn.
en: You can also call the city service hotline, 12345.
ja: 市の行政サービスの窓口、12345番でも受け付けています。
ja_reading: shi no gyōsei sābisu no madoguchi, ichi-ni-san-yon-go-ban de mo uketsukete imasu.
ja_kana: し の ぎょうせい サービス の まどぐち、 いちにさんよんごばん で も うけつけて います。
ko: 12345번 시민 콜센터로 전화하셔도 됩니다.
ko_reading: irisamsao beon simin kolsenteoro jeonhwahasyeodo doemnida.
note: 12345 是各地统一的政务服务便民热线，也受理对出租车的投诉。
register: polite
tags: complaint phone numbers

id: taxi-21-004
lesson: taxi-21
zh: 这是我的服务监督卡，上面有我的名字和车号。
zh_reading: zhè shì wǒ de fúwù jiāndū kǎ, shàngmiàn yǒu wǒ de míngzi hé chēhào.
en: Here's my service card. It has my name and the car number on it.
ja: こちらが私の乗務員証です。名前と車両番号が書いてあります。
ja_reading: kochira ga watashi no jōmuinshō desu. namae to sharyō bangō ga kaite arimasu.
ja_kana: こちら が わたし の じょうむいんしょうです。 なまえ と しゃりょう ばんごう が かいて あります。
ko: 이게 제 운전자격증입니다. 이름과 차량 번호가 적혀 있습니다.
ko_reading: ige je unjeonjagyeokjeungimnida. ireumgwa charyang beonhoga jeokyeo itseumnida.
note: 服务监督卡要放在车内明显的位置。客人要拍照就让他拍。
register: polite
tags: complaint

id: taxi-21-005
lesson: taxi-21
zh: 打电话时说清上车时间、地点和车号，处理起来更快。
zh_reading: dǎ diànhuà shí shuō qīng shàng chē shíjiān, dìdiǎn hé chēhào, chǔlǐ qǐlai gèng kuài.
en: When you call, give them the time, the place you got in and the car number. It'll be dealt with faster.
ja: お電話の際は、乗車した時間と場所、車両番号をお伝えいただくと、対応が早くなります。
ja_reading: odenwa no sai wa, jōsha shita jikan to basho, sharyō bangō o otsutae itadaku to, taiō ga hayaku narimasu.
ja_kana: おでんわ の さい は、 じょうしゃ した じかん と ばしょ、 しゃりょう ばんごう を おつたえ いただく と、 たいおう が はやく なります。
ko: 전화하실 때 탄 시간과 장소, 차량 번호를 말씀하시면 더 빨리 처리됩니다.
ko_reading: jeonhwahasil ttae tan sigangwa jangso, charyang beonhoreul malsseumhasimyeon deo ppalli cheoridoemnida.
note: 发票上印着车号和时间，请客人收好发票（见第7课）。
register: polite
tags: complaint receipt

id: taxi-21-006
lesson: taxi-21
zh: 给您添麻烦了，您的意见我会转告公司。
zh_reading: gěi nín tiān máfan le, nín de yìjiàn wǒ huì zhuǎngào gōngsī.
en: I'm sorry for the trouble. I'll pass your comments on to the company.
ja: ご迷惑をおかけして申し訳ございません。ご意見は会社に伝えます。
ja_reading: gomeiwaku o okake shite mōshiwake gozaimasen. goiken wa kaisha ni tsutaemasu.
ja_kana: ごめいわく を おかけ して もうしわけございません。 ごいけん は かいしゃ に つたえます。
ko: 불편을 드려 죄송합니다. 말씀하신 내용은 회사에 전달하겠습니다.
ko_reading: bulpyeoneul deuryeo joesonghamnida. malsseumhasin naeyongeun hoesae jeondalhagetseumnida.
note: 客人要投诉时不要争辩，不要拦着不让打电话，更不能锁车门不让客人下车。
register: polite
tags: complaint apology

id: taxi-21-007
lesson: taxi-21
zh: 这条路比较黑，我送您到门口吧。
zh_reading: zhè tiáo lù bǐjiào hēi, wǒ sòng nín dào ménkǒu ba.
en: This street is quite dark. Let me take you right to the door.
ja: この道は暗いので、玄関の前までお送りしますね。
ja_reading: kono michi wa kurai node, genkan no mae made ookuri shimasu ne.
ja_kana: この みち は くらい ので、 げんかん の まえ まで おおくり します ね。
ko: 이 길은 좀 어두우니까 입구 앞까지 모셔다 드릴게요.
ko_reading: i gireun jom eoduunikka ipgu apkkaji mosyeoda deurilgeyo.
note: 夜里客人独自一人时，能开进去就尽量送到门口、灯亮的地方。
register: polite
tags: night safety arrival

id: taxi-21-008
lesson: taxi-21
zh: 能在亮一点的地方停吗？
zh_reading: néng zài liàng yìdiǎn de dìfang tíng ma?
en: Could you stop somewhere better lit?
ja: もう少し明るいところで停めてもらえますか。
ja_reading: mō sukoshi akarui tokoro de tomete moraemasu ka.
ja_kana: もうすこし あかるい ところ で とめて もらえます か。
ko: 좀 더 밝은 곳에 세워 주실 수 있어요?
ko_reading: jom deo balgeun gose sewo jusil su isseoyo?
note: 客人说的话。找一个路灯亮、有人、允许停车的地方停。
register: polite
tags: night safety guest

id: taxi-21-009
lesson: taxi-21
zh: 能等我进了门再走吗？
zh_reading: néng děng wǒ jìn le mén zài zǒu ma?
en: Could you wait until I'm inside before you go?
ja: 私が中に入るまで待っていてもらえますか。
ja_reading: watashi ga naka ni hairu made matte ite moraemasu ka.
ja_kana: わたし が なか に はいる まで まって いて もらえます か。
ko: 제가 들어갈 때까지 기다려 주실 수 있어요?
ko_reading: jega deureogal ttaekkaji gidaryeo jusil su isseoyo?
note: 客人说的话。回答 "Of course." 并照做（见下一句）。
register: polite
tags: night safety guest

id: taxi-21-010
lesson: taxi-21
zh: 好的，我看着您进去再走。
zh_reading: hǎo de, wǒ kànzhe nín jìnqu zài zǒu.
en: Of course. I'll wait until you're inside.
ja: かしこまりました。中に入られるまでお見送りします。
ja_reading: kashikomarimashita. naka ni hairareru made omiokuri shimasu.
ja_kana: かしこまりました。 なか に はいられる まで おみおくり します。
ko: 네, 들어가시는 거 보고 출발하겠습니다.
ko_reading: ne, deureogasineun geo bogo chulbalhagetseumnida.
note: 客人没开口也可以这样做：夜里把独自一人的客人送到后多等几秒，看着他进门再开走。
register: polite
tags: night safety

id: taxi-21-011
lesson: taxi-21
zh: 您可以在打车软件里把行程分享给朋友。
zh_reading: nín kěyǐ zài dǎchē ruǎnjiàn lǐ bǎ xíngchéng fēnxiǎng gěi péngyou.
en: You can share your trip with a friend in the app.
ja: アプリで乗車中のルートをお友達と共有できますよ。
ja_reading: apuri de jōshachū no rūto o otomodachi to kyōyū dekimasu yo.
ja_kana: アプリ で じょうしゃちゅう の ルート を おともだち と きょうゆう できます よ。
ko: 앱에서 친구분께 이동 경로를 공유하실 수 있습니다.
ko_reading: aebeseo chingubunkke idong gyeongnoreul gongyuhasil su itseumnida.
note: 夜里独自坐车的客人看起来紧张时主动提一句，客人会更放心。
register: polite
tags: night safety ride-hailing

id: taxi-21-012
lesson: taxi-21
zh: 车号和我的服务卡都在这儿，您可以拍下来发给朋友。
zh_reading: chēhào hé wǒ de fúwùkǎ dōu zài zhèr, nín kěyǐ pāi xiàlai fā gěi péngyou.
en: The car number and my driver card are right here. Feel free to take a photo and send it to a friend.
ja: 車両番号と乗務員証はこちらです。写真を撮ってお友達に送っていただいても構いません。
ja_reading: sharyō bangō to jōmuinshō wa kochira desu. shashin o totte otomodachi ni okutte itadaite mo kamaimasen.
ja_kana: しゃりょう ばんごう と じょうむいんしょう は こちらです。 しゃしん を とって おともだち に おくって いただいて も かまいません。
ko: 차량 번호와 제 자격증은 여기 있습니다. 사진 찍어서 친구분께 보내셔도 됩니다.
ko_reading: charyang beonhowa je jagyeokjeungeun yeogi itseumnida. sajin jjigeoseo chingubunkke bonaesyeodo doemnida.
note: 客人拍车号是为了安心，不是不信任你。
register: polite
tags: night safety
