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
+ 接人、突发情况、有特殊需要的乘客，以及闲聊与道别。既有司机要说的话，也有要听懂
+ 的客人的话。每课附国际礼仪情景题。
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
local_source: 青岛国际机场集团 青岛胶东国际机场官方网站 交通指南；新华社 2021 年 8 月 12 日 青岛胶东国际机场启用报道（http://en.people.cn/n3/2021/0813/c90000-9883647.html）

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
local_source: 青岛国际机场集团 青岛胶东国际机场官方网站 交通指南；新华社 2021 年 8 月 12 日 青岛胶东国际机场启用报道（http://en.people.cn/n3/2021/0813/c90000-9883647.html）

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
local_source: 青岛国际机场集团 青岛胶东国际机场官方网站 交通指南；新华社 2021 年 8 月 12 日 青岛胶东国际机场启用报道（http://en.people.cn/n3/2021/0813/c90000-9883647.html）

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
note: 青岛有好几个火车站：青岛站在市南区老城，青岛北站在李沧区，是高铁枢纽，
+ 还有黄岛的青岛西站和城阳的红岛站。客人只说 "the train station" 时一定要问清楚，
+ 最好看一眼客人的车票。
register: polite
tags: places station
local: 青岛的火车站：青岛站（市南区）、青岛北站（李沧区）、青岛西站（黄岛区）、红岛站（城阳区）
local_source: 中国国家铁路集团有限公司 12306 车站信息（青岛站、青岛北站、青岛西站、红岛站）

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
local: 青岛的邮轮码头：青岛邮轮母港（市北区）；和轮渡码头不是一个地方
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
local_source: 中华人民共和国外交部 外国驻华使领馆名录

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
note: 收费路段（高速公路、胶州湾大桥等）的通行费由乘客另付。上收费路之前先问，
+ 到了目的地就不会有争执。
register: polite
tags: route toll
local: 青岛的收费路段（高速公路、胶州湾大桥等）通行费由乘客另付
local_source: 山东省交通运输厅 收费公路信息公开；青岛市交通运输局

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
local_source: 《青岛市控制吸烟条例》（2013 年 9 月 1 日起施行）第六条

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
+ 青岛胶东国际机场在胶州，离市中心约 39 公里，车费比市内贵得多。
register: neutral
tags: fare
local: 去青岛胶东国际机场的车费：机场在胶州市，离市中心约 39 公里；车费按现行运价计算，不写死金额
local_source: 青岛国际机场集团 青岛胶东国际机场官方网站 交通指南；新华社 2021 年 8 月 12 日 青岛胶东国际机场启用报道（http://en.people.cn/n3/2021/0813/c90000-9883647.html）；青岛市发展和改革委员会（出租汽车运价的价格主管部门）公布的青岛市巡游出租汽车运价标准；车内张贴的运价标签

id: taxi-05-005
lesson: taxi-05
zh: 起步价含三公里。
zh_reading: qǐbùjià hán sān gōnglǐ.
en: The starting fare covers the first three kilometers.
en_alt: The base fare covers the first three kilometers.
ja: 初乗り料金で3キロまで乗れます。
ja_reading: hatsunori ryōkin de san kiro made noremasu.
ja_kana: はつのり りょうきん で さんキロ まで のれます。
ko: 기본요금에 3킬로미터가 포함됩니다.
ko_reading: gibonyogeume samkillomiteoga pohamdoemnida.
note: 起步价的金额和每公里的价钱贴在车内的价目表上，照着说，再指给客人看。
+ "flag fall" 这个说法很多客人不熟悉，说 starting fare 或 base fare 更清楚。
register: neutral
tags: fare meter numbers
local: 青岛巡游出租汽车起步里程 3 公里；起步价金额和每公里价格以现行运价为准（车内价目表）
local_source: 青岛市发展和改革委员会（出租汽车运价的价格主管部门）公布的青岛市巡游出租汽车运价标准；车内张贴的运价标签

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
note: 夜间时段和加价办法按青岛现行的出租汽车运价说；最好在出发前就告诉客人，
+ 并指给客人看价目表。
register: neutral
tags: fare meter
local: 夜间加价的时段和幅度：按青岛市现行出租汽车运价填写（不沿用别的城市的 23 点）
local_source: 青岛市发展和改革委员会（出租汽车运价的价格主管部门）公布的青岛市巡游出租汽车运价标准；车内张贴的运价标签

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
note: extra 是"另外加收"。要在上收费路之前说，不要等到下车时才说。
register: neutral
tags: fare toll
local: 青岛的过路费、过桥费（高速公路、胶州湾大桥等）由乘客另付
local_source: 山东省交通运输厅 收费公路信息公开；青岛市交通运输局

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
local: 过桥费（如胶州湾大桥）由乘客另付，金额看收费票据；合计 60 元是示例
local_source: 山东省交通运输厅 收费公路信息公开；青岛市交通运输局；《中华人民共和国中国人民银行法》第十六条（人民币是法定货币）；例中金额是示例，不是规定价格

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
local_source: 青岛市发展和改革委员会（出租汽车运价的价格主管部门）公布的青岛市巡游出租汽车运价标准；车内张贴的运价标签

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
local_source: 《中华人民共和国中国人民银行法》第十六条（人民币是法定货币）；例中金额是示例，不是规定价格

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
local: 出租汽车发票上印有车号和监督电话
local_source: 国家税务总局青岛市税务局 出租汽车发票（含电子发票）规定；车内张贴的服务监督卡

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
local_source: 国家税务总局青岛市税务局 出租汽车发票（含电子发票）规定；车内张贴的服务监督卡

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
local_source: 青岛市 12345 政务服务便民热线；交通运输部 12328 交通运输服务监督电话

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
local: 网约车上车点：青岛胶东国际机场、青岛站、青岛北站、青岛邮轮母港各有指定的上车点（按各场站的指引）
local_source: 青岛国际机场集团 青岛胶东国际机场官方网站 交通指南；新华社 2021 年 8 月 12 日 青岛胶东国际机场启用报道（http://en.people.cn/n3/2021/0813/c90000-9883647.html）；中国国家铁路集团有限公司 12306 车站信息（青岛站、青岛北站、青岛西站、红岛站）

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
local_source: 青岛市 12345 政务服务便民热线；交通运输部 12328 交通运输服务监督电话

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
explanation: 《青岛市控制吸烟条例》禁止在出租汽车等公共交通工具和室内公共场所吸烟，
+ 不听劝阻的吸烟者可被罚款；车里留下的烟味也会让下一位乘客难受。所以不能同意，
+ 但要客气地拒绝，再给一个替代办法，比如提出在前面安全的地方停一下。
+ 注意 "Do you mind if ...?" 问的是"您介意吗"，
+ 回答 "No problem" 就等于同意了。生硬地说教或不理不睬，
+ 都会让客人难堪。
reference: https://global.chinadaily.com.cn/china/2015-12/28/content_22834827_9.htm
reference: http://www.chinadaily.com.cn/china/2014-11/29/content_18996868.htm
tags: smoking safety
local: 出租汽车内禁止吸烟，不听劝阻可被罚款（《青岛市控制吸烟条例》）
local_source: 《青岛市控制吸烟条例》（2013 年 9 月 1 日起施行）第六条及罚则

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
local_source: 中国人民银行公告〔2018〕第 10 号（不得拒收人民币现金）；《人民币现金收付及服务规定》

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
