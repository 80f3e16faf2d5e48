# SPDX-License-Identifier: CC-BY-4.0
# 酒店服务实用外语 —— cordial 随附的酒店员工手册
#
# 格式见 cordial-handbook(5)。每条记录之间空一行；"字段: 内容"；
# 以 "+ " 开头的行接续上一行的内容；以 # 开头的行是注释。
# 读音：zh_reading 为带声调的汉语拼音（"一""不"按变调标注），
# ja_reading 为平文式罗马字，ko_reading 为韩国语罗马字标记法（Revised Romanization）。
# 每课既有员工要说的话，也有客人常说、员工要听懂的话（tags 里标 guest）。
# 本手册为青岛编写。价格的货币、机场、码头、地铁、发票和控烟规定等本地事实都记在
# 记录的 local: 字段里，出处在 local_source: 字段；改编给别的城市用时，
# 'cordial handbook local hotel.hb' 会列出所有要改的地方。房价、押金、时间只是例子。
# local_source: 里注明"未核对"的，是还没有按正式文本（政府网站、法规原文）核对过的出处：
# 句子和注释不教它的条文号、钟点、区名或规定，local: 写明要核对什么、去哪里核对。

%rec: Handbook

id: hotel
title: 酒店服务实用外语
title_en: Practical phrases for hotel staff
title_ja: ホテル接客の実用フレーズ
title_ko: 호텔 서비스 실용 표현
source: zh
languages: en ja ko
version: 3
description: 为青岛酒店的前台、礼宾、行李、客房和餐饮员工准备：从预订、入住登记（外国客人须登记护照）、
+ 设施介绍、行李服务、客房清洁、客房故障、投诉处理、礼宾服务、结账退房、电话礼仪、
+ 紧急情况，到接待饮食、宗教、行动不便、带孩子和不同性别认同的客人；
+ 第二版增加超额预订和改住其他酒店、境外卡被拒和预授权、续住改期和加床、
+ 停车和机场班车、火车票、客房用品和自来水、梯控和访客登记、保险箱和失窃、
+ 台风停电和疏散、手机卡和常用应用，地名和本地规定以青岛为例。
+ 第1至12课附国际礼仪情景题。
editor: cordial 内容编辑组
license: CC BY 4.0

%rec: Lesson
%key: id

id: hotel-01
title: 欢迎与预订
title_en: Welcome and reservations
order: 1
description: 电话预订和直接到店（walk-in）的客人：日期、人数、房型、价格、
+ 满房时怎么说、确认预订和取消政策。

id: hotel-02
title: 入住登记
title_en: Check-in
order: 2
description: 护照登记（法律要求）、登记单签名、押金和信用卡预授权、房卡、
+ 电梯、早餐和 Wi-Fi，以及房间还没准备好时怎么办。

id: hotel-03
title: 酒店设施与开放时间
title_en: Facilities and opening hours
order: 3
description: 健身房、游泳池、早餐、Wi-Fi、洗衣、叫醒服务、保险箱、商务中心、
+ 外币兑换和酒吧。

id: hotel-04
title: 行李服务
title_en: Bell service and luggage
order: 4
description: 帮客人拿行李、行李牌、送行李到房间、带客人进房介绍设备、
+ 退房后寄存行李，以及客人给小费时怎样回应。

id: hotel-05
title: 客房清洁
title_en: Housekeeping
order: 5
description: 敲门通报、询问清洁时间、"请勿打扰"、加毛巾和枕头、夜床服务、
+ 迷你吧和遗留物品。

id: hotel-06
title: 客房问题与需求
title_en: Room problems and requests
order: 6
description: 听懂客人报修（空调、热水、噪音、电视、马桶、网络、房卡），
+ 道歉、派人、换房，并回访确认。

id: hotel-07
title: 投诉与服务补救
title_en: Complaints and service recovery
order: 7
description: 倾听、道歉、处理、跟进；承认错误、补偿、请主管，
+ 以及拒绝客人的要求时给出替代方案。

id: hotel-08
title: 礼宾服务
title_en: Concierge
order: 8
description: 指路、交通、叫出租车、给司机写中文地址、推荐和预订餐厅、
+ 门票和游览，以及客人关于安全的问题。

id: hotel-09
title: 账单、付款与退房
title_en: Bills, payment and check-out
order: 9
description: 迷你吧、核对账单、服务费、现金、银行卡和手机支付（境外卡可绑定）、
+ 退押金、发票、延迟退房和快速退房。

id: hotel-10
title: 电话礼仪
title_en: Telephone manners
order: 10
description: 接听、问房号、转接、留言、拼写姓名、复述确认、主动打给客人、
+ 送餐服务和叫醒服务。

id: hotel-11
title: 紧急情况与安全
title_en: Emergencies and safety
order: 11
description: 火警疏散、客人生病或受伤（120）、报警（110）、护照丢失，
+ 以及中国的紧急电话号码。

id: hotel-12
title: 接待不同需求的客人
title_en: Serving diverse guests
order: 12
description: 饮食禁忌与过敏、清真和素食、斋月、祈祷、无障碍客房和导盲犬、
+ 带孩子的家庭，以及尊重同性伴侣和客人希望的称呼。

%rec: Phrase
%key: id

# ---- 第1课：欢迎与预订 ----

id: hotel-01-001
lesson: hotel-01
zh: 晚上好，欢迎光临！请问您有预订吗？
zh_reading: wǎnshang hǎo, huānyíng guānglín! qǐngwèn nín yǒu yùdìng ma?
en: Good evening, and welcome! Do you have a reservation with us?
en_alt: Good evening. Do you have a reservation?
en_alt: Welcome! Do you have a booking with us?
ja: こんばんは、いらっしゃいませ。ご予約はいただいておりますでしょうか。
ja_reading: konbanwa, irasshaimase. goyoyaku wa itadaite orimasu deshō ka.
ja_kana: こんばんは、 いらっしゃいませ。 ごよやく は いただいて おりますでしょう か。
ko: 안녕하십니까, 어서 오십시오. 예약하셨습니까?
ko_reading: annyeonghasimnikka, eoseo osipsio. yeyakasyeotseumnikka?
note: 问候语随时间变：中午以前 "Good morning"，下午 "Good afternoon"，傍晚以后
+ "Good evening"。美国多说 reservation，英国也常说 booking，两个都对。
register: polite
tags: reservation walk-in greeting

id: hotel-01-002
lesson: hotel-01
zh: 早上好，酒店预订部，我是李明。请问有什么可以帮您？
zh_reading: zǎoshang hǎo, jiǔdiàn yùdìngbù, wǒ shì Lǐ Míng. qǐngwèn yǒu shénme kěyǐ bāng nín?
en: Good morning, Reservations, Li Ming speaking. How may I help you?
en_alt: Reservations, this is Li Ming. How can I help you?
ja: お電話ありがとうございます。予約係の李でございます。
ja_reading: odenwa arigatō gozaimasu. yoyaku-gakari no Ri de gozaimasu.
ja_kana: おでんわ ありがとうございます。 よやくがかり の りでございます。
ko: 감사합니다. 예약실 리밍입니다. 무엇을 도와드릴까요?
ko_reading: gamsahamnida. yeyaksil Riming-imnida. mueoseul dowadeurilkkayo?
note: 接电话先报部门和自己的名字，再问能帮什么。不要只说 "Hello?" 或"喂？"。
+ 日语、韩语接电话时习惯先道谢（「お電話ありがとうございます」「감사합니다」）。
register: polite
tags: reservation telephone greeting

id: hotel-01-003
lesson: hotel-01
zh: 请问您想订哪几天？
zh_reading: qǐngwèn nín xiǎng dìng nǎ jǐ tiān?
en: Which dates would you like to book?
en_alt: What dates are you looking for?
ja: ご宿泊はいつになさいますか。
ja_reading: goshukuhaku wa itsu ni nasaimasu ka.
ja_kana: ごしゅくはく は いつ に なさいます か。
ko: 언제 숙박하실 예정이십니까?
ko_reading: eonje sukbakasil yejeongisimnikka?
register: polite
tags: reservation dates

id: hotel-01-004
lesson: hotel-01
zh: 请问住几晚？一共几位？
zh_reading: qǐngwèn zhù jǐ wǎn? yígòng jǐ wèi?
en: How many nights will you be staying, and for how many guests?
en_alt: How many nights, and for how many people?
ja: 何泊、何名様のご予定でしょうか。
ja_reading: nanpaku, nanmei-sama no goyotei deshō ka.
ja_kana: なんぱく、 なんめいさま の ごよていでしょう か。
ko: 몇 박, 몇 분이 묵으실 예정이십니까?
ko_reading: myeot bak, myeot buni mugeusil yejeongisimnikka?
note: 酒店英语说人数常用 guests。日语「何名様」、韩语「몇 분」都是对客人的敬语，
+ 不要说「何人」「몇 명」。
register: polite
tags: reservation

id: hotel-01-005
lesson: hotel-01
zh: 您想要大床房还是双床房？
zh_reading: nín xiǎng yào dàchuángfáng háishi shuāngchuángfáng?
en: Would you like a double room or a twin room?
en_alt: Would you prefer one large bed or two single beds?
ja: ダブルとツイン、どちらのお部屋になさいますか。
ja_reading: daburu to tsuin, dochira no oheya ni nasaimasu ka.
ja_kana: ダブル と ツイン、 どちら の おへや に なさいます か。
ko: 더블룸과 트윈룸 중 어느 쪽으로 하시겠습니까?
ko_reading: deobeullumgwa teuwinnum jung eoneu jjogeuro hasigetseumnikka?
note: 双床房是 twin room（两张单人床），大床房是 double room 或 king room（一张大床）。
+ 千万不要把"双床房"说成 "double room"，这是最常见的错误。
register: polite
tags: reservation room-type

id: hotel-01-006
lesson: hotel-01
zh: 我们有标准间、行政房和套房。
zh_reading: wǒmen yǒu biāozhǔnjiān, xíngzhèngfáng hé tàofáng.
en: We have standard rooms, executive rooms and suites.
ja: スタンダード、エグゼクティブ、スイートの各タイプをご用意しております。
ja_reading: sutandādo, eguzekutibu, suīto no kaku taipu o goyōi shite orimasu.
ja_kana: スタンダード、 エグゼクティブ、 スイート の かくタイプ を ごようい して おります。
ko: 스탠더드룸, 이그제큐티브룸, 스위트룸이 있습니다.
ko_reading: seutaendeodeurum, igeujekyutibeurum, seuwiteurumi itseumnida.
note: suite（套房）读作 "sweet"，不读 "suit"。
register: polite
tags: reservation room-type

id: hotel-01-007
lesson: hotel-01
zh: 很抱歉，今晚已经满房了。要我帮您问问附近的酒店吗？
zh_reading: hěn bàoqiàn, jīnwǎn yǐjīng mǎnfáng le. yào wǒ bāng nín wènwen fùjìn de jiǔdiàn ma?
en: I'm sorry, we're fully booked tonight. Would you like me to check a hotel nearby for you?
en_alt: I'm afraid we're fully booked tonight. Shall I try a nearby hotel for you?
ja: 申し訳ございません。本日は満室でございます。近くのホテルにお問い合わせいたしましょうか。
ja_reading: mōshiwake gozaimasen. honjitsu wa manshitsu de gozaimasu. chikaku no hoteru ni otoiawase itashimashō ka.
ja_kana: もうしわけございません。 ほんじつ は まんしつでございます。 ちかく の ホテル に おといあわせいたしましょう か。
ko: 죄송합니다. 오늘은 만실입니다. 근처 호텔에 빈방이 있는지 알아봐 드릴까요?
ko_reading: joesonghamnida. oneureun mansirimnida. geuncheo hotere binbangi inneunji arabwa deurilkkayo?
note: 不要只说 "No room." 就结束。先道歉，再马上给出替代办法：附近的酒店、
+ 别的日期，或者有人取消时通知客人。
register: polite
tags: reservation walk-in refusal

id: hotel-01-008
lesson: hotel-01
zh: 含早餐的价格是每晚八百元。
zh_reading: hán zǎocān de jiàgé shì měi wǎn bābǎi yuán.
en: The rate is eight hundred yuan per night, including breakfast.
en_alt: It's eight hundred yuan a night, breakfast included.
ja: 朝食付きで、1泊800元でございます。
ja_reading: chōshoku-tsuki de, ippaku happyaku gen de gozaimasu.
ja_kana: ちょうしょくつき で、 いっぱく はっぴゃくげんでございます。
ko: 조식 포함 1박에 800위안입니다.
ko_reading: josik poham ilbage palbaek wianimnida.
note: 报价时说清楚含不含早餐、税费和服务费，免得客人结账时觉得被多收了钱。
+ 酒店英语说 rate 比 price 更地道。
register: polite
tags: reservation price
local: 货币单位：人民币元；每晚 800 元是示例房价
local_source: 《中华人民共和国中国人民银行法》第十六条（人民币是法定货币）；例中金额是示例，不是规定价格

id: hotel-01-009
lesson: hotel-01
zh: 今晚还有空房吗？
zh_reading: jīnwǎn hái yǒu kòngfáng ma?
en: Do you have any rooms available tonight?
en_alt: Do you have a room for tonight?
ja: 今晩、空いている部屋はありますか。
ja_reading: konban, aite iru heya wa arimasu ka.
ja_kana: こんばん、 あいて いる へや は あります か。
ko: 오늘 밤 빈방 있습니까?
ko_reading: oneul bam binbang itseumnikka?
note: 客人说的话：没有预订、直接到前台的客人（walk-in）常这样问。
+ available 在这里就是"有空房"。
register: neutral
tags: reservation walk-in guest

id: hotel-01-010
lesson: hotel-01
zh: 我想取消预订。
zh_reading: wǒ xiǎng qǔxiāo yùdìng.
en: I'd like to cancel my reservation.
en_alt: I'd like to cancel my booking.
ja: 予約をキャンセルしたいのですが。
ja_reading: yoyaku o kyanseru shitai no desu ga.
ja_kana: よやく を キャンセル したい のです が。
ko: 예약을 취소하고 싶습니다.
ko_reading: yeyageul chwisohago sipseumnida.
note: 客人说的话。听到 cancel 后先问姓名和入住日期，查到预订再说明取消政策。
register: neutral
tags: reservation cancellation guest

id: hotel-01-011
lesson: hotel-01
zh: 请问预订人的姓名是？
zh_reading: qǐngwèn yùdìngrén de xìngmíng shì?
en: May I have the name the reservation is under?
en_alt: What name is the reservation under?
ja: ご予約のお名前をお伺いできますか。
ja_reading: goyoyaku no onamae o oukagai dekimasu ka.
ja_kana: ごよやく の おなまえ を おうかがいできます か。
ko: 예약자 성함을 말씀해 주시겠습니까?
ko_reading: yeyakja seonghameul malsseumhae jusigetseumnikka?
note: 不要问 "What's your name?"，太直接。英语名字通常名在前、姓在后；
+ 不确定时可以问 "Could you spell your family name, please?"。
register: polite
tags: reservation names

id: hotel-01-012
lesson: hotel-01
zh: 我跟您确认一下：一间大床房，五月十日入住，住三晚。
zh_reading: wǒ gēn nín quèrèn yíxià: yì jiān dàchuángfáng, wǔyuè shí rì rùzhù, zhù sān wǎn.
en: Let me confirm: one double room for three nights, arriving on May 10.
en_alt: So that's one double room for three nights from May 10.
ja: ご予約内容を確認いたします。ダブルルーム1室、5月10日から3泊でよろしいでしょうか。
ja_reading: goyoyaku naiyō o kakunin itashimasu. daburu rūmu isshitsu, gogatsu tōka kara sanpaku de yoroshii deshō ka.
ja_kana: ごよやく ないよう を かくにんいたします。 ダブル ルーム いっしつ、 ごがつ とおか から さんぱくで よろしいでしょう か。
ko: 예약 내용을 확인하겠습니다. 5월 10일부터 3박, 더블룸 1실 맞습니까?
ko_reading: yeyak naeyongeul hwaginhagetseumnida. owol sibilbuteo sambak, deobeullum ilsil matseumnikka?
note: 日期最好写出来给客人看：美国习惯"月/日"，英国和欧洲多用"日/月"，
+ 5/10 可能被理解成10月5日。写成 "May 10" 或 "10 May" 就不会错。
register: polite
tags: reservation dates confirmation

id: hotel-01-013
lesson: hotel-01
zh: 请留一个联系电话和电子邮箱。
zh_reading: qǐng liú yí ge liánxì diànhuà hé diànzǐ yóuxiāng.
en: Could I have a contact number and an email address, please?
en_alt: May I have your phone number and email, please?
ja: ご連絡先のお電話番号とメールアドレスをお願いいたします。
ja_reading: gorenrakusaki no odenwa bangō to mēru adoresu o onegai itashimasu.
ja_kana: ごれんらくさき の おでんわ ばんごう と メールアドレス を おねがいいたします。
ko: 연락처와 이메일 주소를 알려 주시겠습니까?
ko_reading: yeollakcheowa imeil jusoreul allyeo jusigetseumnikka?
register: polite
tags: reservation

id: hotel-01-014
lesson: hotel-01
zh: 入住前一天下午六点以前可以免费取消。
zh_reading: rùzhù qián yì tiān xiàwǔ liù diǎn yǐqián kěyǐ miǎnfèi qǔxiāo.
en: You can cancel free of charge until 6 p.m. the day before arrival.
en_alt: Free cancellation is available until 6 p.m. the day before you arrive.
ja: ご到着前日の午後6時まで、無料でキャンセルいただけます。
ja_reading: gotōchaku zenjitsu no gogo rokuji made, muryō de kyanseru itadakemasu.
ja_kana: ごとうちゃく ぜんじつ の ごご ろくじ まで、 むりょう で キャンセル いただけます。
ko: 도착 전날 오후 6시까지는 무료로 취소하실 수 있습니다.
ko_reading: dochak jeonnal ohu yeoseot sikkajineun muryoro chwisohasil su itseumnida.
note: 取消政策在预订时就讲清楚，并写进确认邮件，免得以后因为扣款起争执。
register: polite
tags: reservation cancellation

id: hotel-01-015
lesson: hotel-01
zh: 您的预订已经确认，确认邮件会发到您的邮箱。
zh_reading: nín de yùdìng yǐjīng quèrèn, quèrèn yóujiàn huì fā dào nín de yóuxiāng.
en: Your reservation is confirmed. We'll email you the confirmation.
en_alt: Your booking is confirmed. You'll receive a confirmation email shortly.
ja: ご予約を承りました。確認のメールをお送りいたします。
ja_reading: goyoyaku o uketamawarimashita. kakunin no mēru o ookuri itashimasu.
ja_kana: ごよやく を うけたまわりました。 かくにん の メール を おおくりいたします。
ko: 예약이 완료되었습니다. 확인 메일을 보내 드리겠습니다.
ko_reading: yeyagi wallyodoeeotseumnida. hwagin meireul bonae deurigetseumnida.
register: polite
tags: reservation confirmation

id: hotel-01-016
lesson: hotel-01
zh: 现在还有一间海景房，您要先看看房间吗？
zh_reading: xiànzài hái yǒu yì jiān hǎijǐngfáng, nín yào xiān kànkan fángjiān ma?
en: We have a sea-view room available. Would you like to see it first?
en_alt: There's a sea-view room free. Would you like to have a look first?
ja: オーシャンビューのお部屋がございます。先にお部屋をご覧になりますか。
ja_reading: ōshan byū no oheya ga gozaimasu. saki ni oheya o goran ni narimasu ka.
ja_kana: オーシャンビュー の おへや が ございます。 さき に おへや を ごらん に なります か。
ko: 바다 전망 객실이 있습니다. 먼저 객실을 보시겠습니까?
ko_reading: bada jeonmang gaeksiri itseumnida. meonjeo gaeksireul bosigetseumnikka?
register: polite
tags: reservation walk-in room-type

# ---- 第2课：入住登记 ----

id: hotel-02-001
lesson: hotel-02
zh: 请出示一下您的护照，好吗？
zh_reading: qǐng chūshì yíxià nín de hùzhào, hǎo ma?
en: May I see your passport, please?
en_alt: Could I see your passport, please?
ja: パスポートを拝見してもよろしいでしょうか。
ja_reading: pasupōto o haiken shite mo yoroshii deshō ka.
ja_kana: パスポート を はいけん して も よろしいでしょう か。
ko: 여권을 보여 주시겠습니까?
ko_reading: yeogwoneul boyeo jusigetseumnikka?
note: 用 "May I see …?"，不要说 "Give me your passport."。双手接过，办完马上双手还给客人。
register: polite
tags: check-in passport

id: hotel-02-002
lesson: hotel-02
zh: 按照中国法律，外国客人入住都要登记护照信息。
zh_reading: ànzhào Zhōngguó fǎlǜ, wàiguó kèrén rùzhù dōu yào dēngjì hùzhào xìnxī.
en: Under Chinese law, we're required to register the passport details of all foreign guests.
en_alt: By law, we have to register your passport details.
ja: 中国の法律により、外国籍のお客様のパスポート情報を登録することになっております。
ja_reading: Chūgoku no hōritsu ni yori, gaikokuseki no okyakusama no pasupōto jōhō o tōroku suru koto ni natte orimasu.
ja_kana: ちゅうごく の ほうりつ により、 がいこくせき の おきゃくさま の パスポート じょうほう を とうろく する こと に なって おります。
ko: 중국 법에 따라 외국인 손님의 여권 정보는 모두 등록해야 합니다.
ko_reading: jungguk beobe ttara oegugin sonnimui yeogwon jeongboneun modu deungnokaeya hamnida.
note: 依据《出境入境管理法》第三十九条，旅馆要为外国客人办理住宿登记，并把信息报送
+ 当地公安机关。客人有疑问时，平静地说明这是法律规定，不是酒店自己定的规矩。
register: formal
tags: check-in passport law

id: hotel-02-003
lesson: hotel-02
zh: 我扫描一下您的护照，马上还给您。
zh_reading: wǒ sǎomiáo yíxià nín de hùzhào, mǎshàng huán gěi nín.
en: I'll just scan your passport and give it straight back to you.
en_alt: I'll scan your passport and return it right away.
ja: パスポートをスキャンさせていただきます。すぐにお返しいたします。
ja_reading: pasupōto o sukyan sasete itadakimasu. sugu ni okaeshi itashimasu.
ja_kana: パスポート を スキャン させて いただきます。 すぐ に おかえしいたします。
ko: 여권을 스캔하겠습니다. 바로 돌려 드리겠습니다.
ko_reading: yeogwoneul seukaenhagetseumnida. baro dollyeo deurigetseumnida.
note: 扫描完当面归还。不要把护照留在柜台上，也不要扣下护照当押金。
register: polite
tags: check-in passport

id: hotel-02-004
lesson: hotel-02
zh: 请翻到有签证或入境章的那一页。
zh_reading: qǐng fān dào yǒu qiānzhèng huò rùjìngzhāng de nà yí yè.
en: Could you open it to the page with your visa or entry stamp, please?
en_alt: Could you show me the page with your entry stamp, please?
ja: ビザまたは入国スタンプのページを開いていただけますか。
ja_reading: biza mata wa nyūkoku sutanpu no pēji o hiraite itadakemasu ka.
ja_kana: ビザ または にゅうこく スタンプ の ページ を ひらいて いただけます か。
ko: 비자나 입국 도장이 있는 페이지를 펴 주시겠습니까?
ko_reading: bijana ipguk dojangi inneun peijireul pyeo jusigetseumnikka?
note: 免签入境的客人护照上没有签证，只有入境章；不要说 "Where is your visa?"，
+ 以免客人以为自己手续不全。
register: polite
tags: check-in passport

id: hotel-02-005
lesson: hotel-02
zh: 请在登记单上签名。
zh_reading: qǐng zài dēngjìdān shang qiānmíng.
en: Could you sign the registration card here, please?
en_alt: Please sign here.
ja: こちらの宿泊カードにご署名をお願いいたします。
ja_reading: kochira no shukuhaku kādo ni goshomei o onegai itashimasu.
ja_kana: こちら の しゅくはく カード に ごしょめい を おねがいいたします。
ko: 숙박 카드에 서명해 주시겠습니까?
ko_reading: sukbak kadeue seomyeonghae jusigetseumnikka?
note: 用手掌指出签名的位置；递笔时笔尖朝向自己，不要对着客人。
register: polite
tags: check-in

id: hotel-02-006
lesson: hotel-02
zh: 入住需要交五百元押金，退房时退还给您。
zh_reading: rùzhù xūyào jiāo wǔbǎi yuán yājīn, tuìfáng shí tuìhuán gěi nín.
en: There's a deposit of five hundred yuan, which we'll refund when you check out.
en_alt: We ask for a deposit of five hundred yuan, refunded at check-out.
ja: デポジットとして500元をお預かりし、チェックアウトの際にお返しいたします。
ja_reading: depojitto to shite gohyaku gen o oazukari shi, chekku auto no sai ni okaeshi itashimasu.
ja_kana: デポジット として ごひゃくげん を おあずかり し、 チェック アウト の さい に おかえしいたします。
ko: 보증금 500위안을 받고 있으며, 체크아웃 때 돌려 드립니다.
ko_reading: bojeunggeum obaek wianeul batgo isseumyeo, chekeuaut ttae dollyeo deurimnida.
note: 先说金额，再说什么时候、怎么退还。押金英语叫 deposit，不要说 "guarantee money"。
register: polite
tags: check-in deposit payment
local: 货币单位：人民币元；500 元押金是示例金额
local_source: 《中华人民共和国中国人民银行法》第十六条（人民币是法定货币）；例中金额是示例，不是规定价格

id: hotel-02-007
lesson: hotel-02
zh: 我们会在您的信用卡上预授权一千元，退房后解冻。
zh_reading: wǒmen huì zài nín de xìnyòngkǎ shang yù shòuquán yìqiān yuán, tuìfáng hòu jiědòng.
en: We'll place a hold of one thousand yuan on your card. It will be released after you check out.
en_alt: We'll pre-authorize one thousand yuan on your card.
ja: デポジットとして、クレジットカードに1,000元の仮決済をさせていただきます。チェックアウト後に取り消されます。
ja_reading: depojitto to shite, kurejitto kādo ni sen gen no karikessai o sasete itadakimasu. chekku auto-go ni torikesaremasu.
ja_kana: デポジット として、 クレジット カード に せんげん の かりけっさい を させて いただきます。 チェック アウトご に とりけされます。
ko: 신용카드로 1,000위안을 가승인하겠습니다. 체크아웃 후에 취소됩니다.
ko_reading: sinyongkadeuro cheon wianeul gaseunginhagetseumnida. chekeuaut hue chwisodoemnida.
note: 客人常担心被扣两次钱：说明预授权只是冻结额度，不是真正扣款；退房后解冻，
+ 额度什么时候恢复由发卡银行决定，不要向客人保证具体天数。
register: polite
tags: check-in deposit payment card
local: 货币单位：人民币元；预授权 1,000 元是示例金额
local_source: 《中华人民共和国中国人民银行法》第十六条（人民币是法定货币）；例中金额是示例，不是规定价格

id: hotel-02-008
lesson: hotel-02
zh: 这是您的房卡。房间号写在卡套上，在十二楼。
zh_reading: zhè shì nín de fángkǎ. fángjiān hào xiě zài kǎtào shang, zài shí'èr lóu.
en: Here's your key card. Your room number is written on the sleeve; it's on the twelfth floor.
en_alt: Here is your key card. Your room is on the twelfth floor.
ja: こちらがカードキーでございます。お部屋番号はこちらに記載しております。12階でございます。
ja_reading: kochira ga kādo kī de gozaimasu. oheya bangō wa kochira ni kisai shite orimasu. jūnikai de gozaimasu.
ja_kana: こちら が カード キーでございます。 おへや ばんごう は こちら に きさい して おります。 じゅうにかいでございます。
ko: 카드키입니다. 객실 번호는 여기에 적혀 있습니다. 12층입니다.
ko_reading: kadeukiimnida. gaeksil beonhoneun yeogie jeokyeo itseumnida. sibicheungimnida.
note: 为了客人的安全，不要当着旁人大声念出房间号，而是指给客人看卡套上写的号码。
register: polite
tags: check-in key-card safety

id: hotel-02-009
lesson: hotel-02
zh: 电梯在您的右手边。
zh_reading: diàntī zài nín de yòushǒubiān.
en: The lifts are just on your right.
en_alt: The elevators are on your right.
ja: エレベーターは右手にございます。
ja_reading: erebētā wa migite ni gozaimasu.
ja_kana: エレベーター は みぎて に ございます。
ko: 엘리베이터는 오른쪽에 있습니다.
ko_reading: ellibeiteoneun oreunjjoge itseumnida.
note: 英国英语说 lift，美国英语说 elevator，两种都对。指方向时用整个手掌，不要用一根手指。
register: polite
tags: check-in directions

id: hotel-02-010
lesson: hotel-02
zh: 早餐在二楼餐厅，早上六点半到十点。
zh_reading: zǎocān zài èr lóu cāntīng, zǎoshang liù diǎn bàn dào shí diǎn.
en: Breakfast is served in the restaurant on the second floor, from 6:30 to 10 a.m.
en_alt: Breakfast is from 6:30 to 10 in the second-floor restaurant.
ja: ご朝食は2階のレストランで、朝6時半から10時までご用意しております。
ja_reading: gochōshoku wa nikai no resutoran de, asa rokuji han kara jūji made goyōi shite orimasu.
ja_kana: ごちょうしょく は にかい の レストラン で、 あさ ろくじはん から じゅうじ まで ごようい して おります。
ko: 조식은 2층 레스토랑에서 오전 6시 30분부터 10시까지입니다.
ko_reading: josigeun icheung reseutorangeseo ojeon yeoseot si samsip bunbuteo yeol sikkajiimnida.
note: 英国客人说的 first floor 是我们的二楼（英国的一楼叫 ground floor）。
+ 怕客人误会，可以加一句 "one floor up from the lobby"。
register: polite
tags: check-in breakfast facilities

id: hotel-02-011
lesson: hotel-02
zh: Wi-Fi 名称和密码印在房卡套上。
zh_reading: Wi-Fi míngchēng hé mìmǎ yìn zài fángkǎtào shang.
en: The Wi-Fi name and password are printed on your key card sleeve.
en_alt: You'll find the Wi-Fi password on your key card sleeve.
ja: Wi-Fiのネットワーク名とパスワードは、カードキーのケースに記載しております。
ja_reading: waifai no nettowāku-mei to pasuwādo wa, kādo kī no kēsu ni kisai shite orimasu.
ja_kana: ワイファイ の ネットワークめい と パスワード は、 カード キー の ケース に きさい して おります。
ko: 와이파이 이름과 비밀번호는 카드키 케이스에 적혀 있습니다.
ko_reading: waipai ireumgwa bimilbeonhoneun kadeuki keiseue jeokyeo itseumnida.
register: polite
tags: check-in wifi

id: hotel-02-012
lesson: hotel-02
zh: 很抱歉，您的房间还没准备好。要不要先把行李寄存在这里？
zh_reading: hěn bàoqiàn, nín de fángjiān hái méi zhǔnbèi hǎo. yào bu yào xiān bǎ xíngli jìcún zài zhèlǐ?
en: I'm sorry, your room isn't ready yet. May we keep your luggage for you in the meantime?
en_alt: I'm afraid your room isn't ready yet, but we can store your bags for you.
ja: 申し訳ございません。お部屋の準備がまだ整っておりません。お荷物をお預かりいたしましょうか。
ja_reading: mōshiwake gozaimasen. oheya no junbi ga mada totonotte orimasen. onimotsu o oazukari itashimashō ka.
ja_kana: もうしわけございません。 おへや の じゅんび が まだ ととのって おりません。 おにもつ を おあずかりいたしましょう か。
ko: 죄송합니다. 객실이 아직 준비되지 않았습니다. 짐을 먼저 맡아 드릴까요?
ko_reading: joesonghamnida. gaeksiri ajik junbidoeji anatseumnida. jimeul meonjeo mata deurilkkayo?
note: 客人比入住时间早到时，不要只说 "Check-in is at two."。先寄存行李，
+ 告诉客人大约几点能好，并答应房间好了就打电话通知。
register: polite
tags: check-in early luggage

id: hotel-02-013
lesson: hotel-02
zh: 房间一准备好，我们就给您打电话。
zh_reading: fángjiān yì zhǔnbèi hǎo, wǒmen jiù gěi nín dǎ diànhuà.
en: We'll call you as soon as your room is ready.
en_alt: I'll call you the moment your room is ready.
ja: お部屋のご用意ができ次第、お電話でお知らせいたします。
ja_reading: oheya no goyōi ga deki shidai, odenwa de oshirase itashimasu.
ja_kana: おへや の ごようい が でき しだい、 おでんわ で おしらせいたします。
ko: 객실이 준비되는 대로 전화로 알려 드리겠습니다.
ko_alt: 객실이 준비되는 대로 전화드리겠습니다.
ko_reading: gaeksiri junbidoeneun daero jeonhwaro allyeo deurigetseumnida.
register: polite
tags: check-in early

id: hotel-02-014
lesson: hotel-02
zh: 我可以提前入住吗？
zh_reading: wǒ kěyǐ tíqián rùzhù ma?
en: Can I check in early?
en_alt: Is early check-in possible?
ja: 早めにチェックインできますか。
ja_reading: hayame ni chekku in dekimasu ka.
ja_kana: はやめ に チェックイン できます か。
ko: 일찍 체크인할 수 있나요?
ko_reading: iljjik chekeuinhal su innayo?
note: 客人说的话。有空房就尽量安排；没有的话，说明大约几点可以入住，并提供行李寄存。
register: neutral
tags: check-in early guest

id: hotel-02-015
lesson: hotel-02
zh: 入住时间是下午两点以后，退房时间是中午十二点。
zh_reading: rùzhù shíjiān shì xiàwǔ liǎng diǎn yǐhòu, tuìfáng shíjiān shì zhōngwǔ shí'èr diǎn.
en: Check-in is from 2 p.m., and check-out is at noon.
en_alt: Check-in is after two, and check-out is at twelve noon.
ja: チェックインは午後2時から、チェックアウトは正午でございます。
ja_reading: chekku in wa gogo niji kara, chekku auto wa shōgo de gozaimasu.
ja_kana: チェック イン は ごご にじ から、 チェック アウト は しょうごでございます。
ko: 체크인은 오후 2시부터, 체크아웃은 낮 12시입니다.
ko_reading: chekeuineun ohu du sibuteo, chekeuauseun nat yeoldu siimnida.
note: 中午十二点说 "noon" 或 "twelve noon"，比 "12 p.m." 清楚，后者常被误解成半夜。
register: polite
tags: check-in check-out time

id: hotel-02-016
lesson: hotel-02
zh: 祝您入住愉快！
zh_reading: zhù nín rùzhù yúkuài!
en: Enjoy your stay!
en_alt: I hope you enjoy your stay.
ja: どうぞごゆっくりお過ごしください。
ja_reading: dōzo goyukkuri osugoshi kudasai.
ja_kana: どうぞ ごゆっくり おすごし ください。
ko: 편안한 시간 보내십시오.
ko_reading: pyeonanhan sigan bonaesipsio.
register: polite
tags: check-in farewell

# ---- 第3课：酒店设施与开放时间 ----

id: hotel-03-001
lesson: hotel-03
zh: 健身房在五楼，二十四小时开放，刷房卡就能进。
zh_reading: jiànshēnfáng zài wǔ lóu, èrshísì xiǎoshí kāifàng, shuā fángkǎ jiù néng jìn.
en: The gym is on the fifth floor and open 24 hours. Just use your key card to get in.
en_alt: The gym on the fifth floor is open around the clock.
ja: フィットネスジムは5階にあり、24時間ご利用いただけます。カードキーでお入りください。
ja_reading: fittonesu jimu wa gokai ni ari, nijūyo-jikan goriyō itadakemasu. kādo kī de ohairi kudasai.
ja_kana: フィットネス ジム は ごかい に あり、 にじゅうよじかん ごりよう いただけます。 カード キー で おはいり ください。
ko: 피트니스 센터는 5층에 있으며 24시간 이용하실 수 있습니다. 카드키를 대시면 들어가실 수 있습니다.
ko_reading: piteuniseu senteoneun ocheunge isseumyeo isipsa sigan iyonghasil su itseumnida. kadeukireul daesimyeon deureogasil su itseumnida.
register: polite
tags: facilities gym

id: hotel-03-002
lesson: hotel-03
zh: 游泳池早上七点到晚上十点开放。
zh_reading: yóuyǒngchí zǎoshang qī diǎn dào wǎnshang shí diǎn kāifàng.
en: The swimming pool is open from 7 a.m. to 10 p.m.
en_alt: The pool is open from seven in the morning until ten at night.
ja: プールは朝7時から夜10時までご利用いただけます。
ja_reading: pūru wa asa shichiji kara yoru jūji made goriyō itadakemasu.
ja_kana: プール は あさ しちじ から よる じゅうじ まで ごりよう いただけます。
ko: 수영장은 오전 7시부터 오후 10시까지 운영합니다.
ko_reading: suyeongjangeun ojeon ilgop sibuteo ohu yeol sikkaji unyeonghamnida.
register: polite
tags: facilities pool time

id: hotel-03-003
lesson: hotel-03
zh: 进游泳池要戴泳帽，没有的话我们可以给您准备。
zh_reading: jìn yóuyǒngchí yào dài yǒngmào, méiyǒu dehuà wǒmen kěyǐ gěi nín zhǔnbèi.
en: Swimming caps must be worn in the pool. We can give you one if you need it.
en_alt: You'll need a swimming cap in the pool, and we can provide one.
ja: プールではスイムキャップの着用をお願いしております。お持ちでない場合はご用意いたします。
ja_reading: pūru de wa suimu kyappu no chakuyō o onegai shite orimasu. omochi de nai baai wa goyōi itashimasu.
ja_kana: プール で は スイムキャップ の ちゃくよう を おねがい して おります。 おもちでない ばあい は ごよういいたします。
ko: 수영장에서는 수영모를 착용하셔야 합니다. 없으시면 준비해 드리겠습니다.
ko_reading: suyeongjangeseoneun suyeongmoreul chagyonghasyeoya hamnida. eopseusimyeon junbihae deurigetseumnida.
note: 国内很多泳池要求戴泳帽，不少外国客人没有这个习惯。事先说明并马上提供，
+ 比在池边拦住客人要好得多。
register: polite
tags: facilities pool

id: hotel-03-004
lesson: hotel-03
zh: Wi-Fi 密码是多少？
zh_reading: Wi-Fi mìmǎ shì duōshao?
en: What's the Wi-Fi password?
en_alt: Could I have the Wi-Fi password?
ja: Wi-Fiのパスワードは何ですか。
ja_reading: waifai no pasuwādo wa nan desu ka.
ja_kana: ワイファイ の パスワード は なんです か。
ko: 와이파이 비밀번호가 뭐예요?
ko_reading: waipai bimilbeonhoga mwoyeyo?
note: 客人说的话。英语 Wi-Fi 读作 "why-fye"；有些欧洲客人读成 "wee-fee"，意思一样。
register: neutral
tags: facilities wifi guest

id: hotel-03-005
lesson: hotel-03
zh: 含早餐吗？
zh_reading: hán zǎocān ma?
en: Is breakfast included?
en_alt: Does the rate include breakfast?
ja: 朝食は含まれていますか。
ja_reading: chōshoku wa fukumarete imasu ka.
ja_kana: ちょうしょく は ふくまれて います か。
ko: 조식 포함인가요?
ko_reading: josik pohamingayo?
note: 客人说的话。included 就是"含在房价里"。
register: neutral
tags: facilities breakfast guest

id: hotel-03-006
lesson: hotel-03
zh: 您的房价含两位的早餐。
zh_reading: nín de fángjià hán liǎng wèi de zǎocān.
en: Your rate includes breakfast for two.
en_alt: Breakfast for two is included in your rate.
ja: ご宿泊料金には2名様分のご朝食が含まれております。
ja_reading: goshukuhaku ryōkin ni wa nimei-sama-bun no gochōshoku ga fukumarete orimasu.
ja_kana: ごしゅくはく りょうきん に は にめいさまぶん の ごちょうしょく が ふくまれて おります。
ko: 객실 요금에 2인 조식이 포함되어 있습니다.
ko_reading: gaeksil yogeume iin josigi pohamdoeeo itseumnida.
register: polite
tags: facilities breakfast

id: hotel-03-007
lesson: hotel-03
zh: 需要洗衣服务的话，把衣服放进洗衣袋，填好洗衣单就可以。
zh_reading: xūyào xǐyī fúwù dehuà, bǎ yīfu fàngjìn xǐyīdài, tián hǎo xǐyīdān jiù kěyǐ.
en: For laundry, just put your clothes in the laundry bag and fill in the form.
en_alt: If you'd like laundry done, please use the laundry bag and form in your room.
ja: ランドリーをご希望の際は、お洋服をランドリーバッグに入れ、伝票にご記入ください。
ja_reading: randorī o gokibō no sai wa, oyōfuku o randorī baggu ni ire, denpyō ni gokinyū kudasai.
ja_kana: ランドリー を ごきぼう の さい は、 おようふく を ランドリー バッグ に いれ、 でんぴょう に ごきにゅう ください。
ko: 세탁 서비스를 원하시면 옷을 세탁물 봉투에 넣고 신청서를 작성해 주십시오.
ko_reading: setak seobiseureul wonhasimyeon oseul setangmul bongtue neoko sincheongseoreul jakseonghae jusipsio.
register: polite
tags: facilities laundry

id: hotel-03-008
lesson: hotel-03
zh: 上午十点以前送洗，当天晚上送回。
zh_reading: shàngwǔ shí diǎn yǐqián sòng xǐ, dàngtiān wǎnshang sòng huí.
en: If you send it before 10 a.m., it'll be back the same evening.
en_alt: Laundry in by ten is returned the same evening.
ja: 午前10時までにお出しいただければ、当日の夜にお届けいたします。
ja_reading: gozen jūji made ni odashi itadakereba, tōjitsu no yoru ni otodoke itashimasu.
ja_kana: ごぜん じゅうじ まで に おだし いただければ、 とうじつ の よる に おとどけいたします。
ko: 오전 10시 전에 맡기시면 당일 저녁에 돌려 드립니다.
ko_reading: ojeon yeol si jeone matgisimyeon dangil jeonyeoge dollyeo deurimnida.
register: polite
tags: facilities laundry time

id: hotel-03-009
lesson: hotel-03
zh: 您需要叫醒服务吗？
zh_reading: nín xūyào jiàoxǐng fúwù ma?
en: Would you like a wake-up call?
ja: モーニングコールはご利用になりますか。
ja_reading: mōningu kōru wa goriyō ni narimasu ka.
ja_kana: モーニング コール は ごりよう に なります か。
ko: 모닝콜을 해 드릴까요?
ko_reading: moningkoreul hae deurilkkayo?
note: 英语说 wake-up call。日语、韩语说 "morning call"（モーニングコール、모닝콜），
+ 但对英语客人不要说 morning call，容易听成"早上来访"。
register: polite
tags: facilities wake-up-call

id: hotel-03-010
lesson: hotel-03
zh: 衣柜里有保险箱，可以放贵重物品。
zh_reading: yīguì li yǒu bǎoxiǎnxiāng, kěyǐ fàng guìzhòng wùpǐn.
en: There's a safe in the wardrobe for your valuables.
en_alt: There's a safe in the closet for your valuables.
ja: クローゼットの中に、貴重品用のセーフティボックスがございます。
ja_reading: kurōzetto no naka ni, kichōhin-yō no sēfuti bokkusu ga gozaimasu.
ja_kana: クローゼット の なか に、 きちょうひんよう の セーフティ ボックス が ございます。
ko: 옷장 안에 귀중품을 보관하실 수 있는 금고가 있습니다.
ko_reading: otjang ane gwijungpumeul bogwanhasil su inneun geumgoga itseumnida.
note: 英国说 wardrobe，美国说 closet。保险箱是 safe，不要说 "safety box"。
register: polite
tags: facilities safe

id: hotel-03-011
lesson: hotel-03
zh: 商务中心可以打印和复印。
zh_reading: shāngwù zhōngxīn kěyǐ dǎyìn hé fùyìn.
en: You can print and make copies at the business centre.
en_alt: The business center can print and copy documents for you.
ja: ビジネスセンターで印刷やコピーがご利用いただけます。
ja_reading: bijinesu sentā de insatsu ya kopī ga goriyō itadakemasu.
ja_kana: ビジネス センター で いんさつ や コピー が ごりよう いただけます。
ko: 비즈니스 센터에서 인쇄와 복사를 하실 수 있습니다.
ko_reading: bijeuniseu senteoeseo inswaewa boksareul hasil su itseumnida.
register: polite
tags: facilities business-centre

id: hotel-03-012
lesson: hotel-03
zh: 在哪儿可以换钱？
zh_reading: zài nǎr kěyǐ huàn qián?
en: Where can I change money?
en_alt: Where can I exchange money?
ja: 両替はどこでできますか。
ja_reading: ryōgae wa doko de dekimasu ka.
ja_kana: りょうがえ は どこ で できます か。
ko: 환전은 어디서 할 수 있나요?
ko_reading: hwanjeoneun eodiseo hal su innayo?
note: 客人说的话。change money 和 exchange money 都是"换钱、兑换外币"。
register: neutral
tags: facilities money guest

id: hotel-03-013
lesson: hotel-03
zh: 前台可以兑换主要外币，请带上护照。
zh_reading: qiántái kěyǐ duìhuàn zhǔyào wàibì, qǐng dàishang hùzhào.
en: You can exchange major currencies at the front desk. Please bring your passport.
en_alt: We can change major currencies at reception; you'll need your passport.
ja: フロントで主な外貨の両替を承っております。パスポートをお持ちください。
ja_reading: furonto de omo na gaika no ryōgae o uketamawatte orimasu. pasupōto o omochi kudasai.
ja_kana: フロント で おもな がいか の りょうがえ を うけたまわって おります。 パスポート を おもち ください。
ko: 프런트에서 주요 외화를 환전하실 수 있습니다. 여권을 지참해 주십시오.
ko_reading: peureonteueseo juyo oehwareul hwanjeonhasil su itseumnida. yeogwoneul jichamhae jusipsio.
note: 只介绍本店真正提供的服务。前台不能换汇的话，就告诉客人最近的银行在哪里。
register: polite
tags: facilities money

id: hotel-03-014
lesson: hotel-03
zh: 大堂吧营业到午夜十二点。
zh_reading: dàtángbā yíngyè dào wǔyè shí'èr diǎn.
en: The lobby bar is open until midnight.
en_alt: The lobby bar closes at midnight.
ja: ロビーラウンジは深夜12時まで営業しております。
ja_reading: robī raunji wa shin'ya jūniji made eigyō shite orimasu.
ja_kana: ロビー ラウンジ は しんや じゅうにじ まで えいぎょう して おります。
ko: 로비 바는 자정까지 영업합니다.
ko_reading: robi baneun jajeongkkaji yeongeopamnida.
register: polite
tags: facilities bar time

id: hotel-03-015
lesson: hotel-03
zh: 需要熨斗和熨衣板的话，请打电话给客房部。
zh_reading: xūyào yùndǒu hé yùnyībǎn dehuà, qǐng dǎ diànhuà gěi kèfángbù.
en: If you need an iron and ironing board, just call Housekeeping.
en_alt: Please call Housekeeping if you need an iron.
ja: アイロンやアイロン台がご入用でしたら、客室係までお電話ください。
ja_reading: airon ya airondai ga goiriyō deshitara, kyakushitsu-gakari made odenwa kudasai.
ja_kana: アイロン や アイロンだい が ごいりようでしたら、 きゃくしつがかり まで おでんわ ください。
ko: 다리미나 다리미판이 필요하시면 하우스키핑으로 전화해 주십시오.
ko_reading: darimina darimipani piryohasimyeon hauseukipingeuro jeonhwahae jusipsio.
register: polite
tags: facilities housekeeping

# ---- 第4课：行李服务 ----

id: hotel-04-001
lesson: hotel-04
zh: 我来帮您拿行李吧。
zh_reading: wǒ lái bāng nín ná xíngli ba.
en: May I take your luggage?
en_alt: Let me help you with your bags.
ja: お荷物をお持ちいたします。
ja_reading: onimotsu o omochi itashimasu.
ja_kana: おにもつ を おもちいたします。
ko: 짐을 들어 드리겠습니다.
ko_reading: jimeul deureo deurigetseumnida.
note: 先问再拿，不要直接抢过去。客人说不用就尊重他；很多客人不愿别人碰电脑包或手提包。
register: polite
tags: bell luggage

id: hotel-04-002
lesson: hotel-04
zh: 请问一共几件行李？
zh_reading: qǐngwèn yígòng jǐ jiàn xíngli?
en: How many pieces of luggage do you have?
en_alt: How many bags do you have?
ja: お荷物はおいくつございますか。
ja_reading: onimotsu wa oikutsu gozaimasu ka.
ja_kana: おにもつ は おいくつ ございます か。
ko: 짐은 모두 몇 개입니까?
ko_reading: jimeun modu myeot gaeimnikka?
note: luggage 和 baggage 是不可数名词，不能说 "three luggages"，要说 "three pieces of luggage"
+ 或 "three bags"。
register: polite
tags: bell luggage

id: hotel-04-003
lesson: hotel-04
zh: 行李里有易碎或贵重的东西吗？
zh_reading: xíngli li yǒu yìsuì huò guìzhòng de dōngxi ma?
en: Is there anything fragile or valuable in your bags?
ja: お荷物の中に、割れ物や貴重品はございますか。
ja_reading: onimotsu no naka ni, waremono ya kichōhin wa gozaimasu ka.
ja_kana: おにもつ の なか に、 われもの や きちょうひん は ございます か。
ko: 짐 안에 깨지기 쉬운 물건이나 귀중품이 있습니까?
ko_reading: jim ane kkaejigi swiun mulgeonina gwijungpumi itseumnikka?
note: 寄存或搬运前问一句；贵重物品建议客人自己带着或放进保险箱。
register: polite
tags: bell luggage

id: hotel-04-004
lesson: hotel-04
zh: 行李员会把您的行李送到房间。
zh_reading: xíngliyuán huì bǎ nín de xíngli sòng dào fángjiān.
en: Our porter will bring your luggage up to your room.
en_alt: Your bags will be brought up to your room.
ja: お荷物は係の者がお部屋までお届けいたします。
ja_reading: onimotsu wa kakari no mono ga oheya made otodoke itashimasu.
ja_kana: おにもつ は かかり の もの が おへや まで おとどけいたします。
ko: 짐은 직원이 객실까지 가져다 드리겠습니다.
ko_reading: jimeun jigwoni gaeksilkkaji gajyeoda deurigetseumnida.
note: 行李员英国多叫 porter，美国叫 bellhop 或 bell staff。
register: polite
tags: bell luggage

id: hotel-04-005
lesson: hotel-04
zh: 这是您的行李牌，取行李时请出示。
zh_reading: zhè shì nín de xínglipái, qǔ xíngli shí qǐng chūshì.
en: Here's your luggage tag. Please show it when you collect your bags.
en_alt: Here's your claim ticket for your bags.
ja: こちらがお荷物の引換券でございます。お受け取りの際にご提示ください。
ja_reading: kochira ga onimotsu no hikikaeken de gozaimasu. ouketori no sai ni goteiji kudasai.
ja_kana: こちら が おにもつ の ひきかえけんでございます。 おうけとり の さい に ごていじ ください。
ko: 짐 보관표입니다. 찾으실 때 보여 주십시오.
ko_reading: jim bogwanpyoimnida. chajeusil ttae boyeo jusipsio.
register: polite
tags: bell luggage storage

id: hotel-04-006
lesson: hotel-04
zh: 退房以后可以把行李寄存在这里吗？
zh_reading: tuìfáng yǐhòu kěyǐ bǎ xíngli jìcún zài zhèlǐ ma?
en: Can I leave my bags here after I check out?
en_alt: Could you keep my luggage after check-out?
ja: チェックアウト後に荷物を預けられますか。
ja_reading: chekku auto-go ni nimotsu o azukeraremasu ka.
ja_kana: チェック アウトご に にもつ を あづけられます か。
ko: 체크아웃 후에 짐을 맡길 수 있나요?
ko_reading: chekeuaut hue jimeul matgil su innayo?
note: 客人说的话。leave my bags 在这里是"寄存行李"，不是"丢下行李不要了"。
register: neutral
tags: bell luggage storage guest

id: hotel-04-007
lesson: hotel-04
zh: 当然可以，免费为您保管。
zh_reading: dāngrán kěyǐ, miǎnfèi wèi nín bǎoguǎn.
en: Of course. We'll keep them for you free of charge.
en_alt: Certainly, we can store them for you at no charge.
ja: かしこまりました。無料でお預かりいたします。
ja_reading: kashikomarimashita. muryō de oazukari itashimasu.
ja_kana: かしこまりました。 むりょう で おあずかりいたします。
ko: 물론입니다. 무료로 보관해 드리겠습니다.
ko_reading: mullonimnida. muryoro bogwanhae deurigetseumnida.
register: polite
tags: bell luggage storage

id: hotel-04-008
lesson: hotel-04
zh: 这边请，我带您去房间。
zh_reading: zhèbiān qǐng, wǒ dài nín qù fángjiān.
en: This way, please. I'll show you to your room.
en_alt: Please follow me to your room.
ja: お部屋までご案内いたします。どうぞこちらへ。
ja_reading: oheya made goannai itashimasu. dōzo kochira e.
ja_kana: おへや まで ごあんないいたします。 どうぞ こちら へ。
ko: 객실로 안내해 드리겠습니다. 이쪽으로 오십시오.
ko_reading: gaeksillo annaehae deurigetseumnida. ijjogeuro osipsio.
note: 带路时走在客人斜前方一两步，进出电梯时用手挡住门，让客人先进先出。
register: polite
tags: bell rooming

id: hotel-04-009
lesson: hotel-04
zh: 这是空调的开关，这个是灯的总开关。
zh_reading: zhè shì kōngtiáo de kāiguān, zhège shì dēng de zǒng kāiguān.
en: Here's the air-conditioning control, and this is the master switch for the lights.
en_alt: This controls the air conditioning, and this switches all the lights.
ja: こちらがエアコンのスイッチ、こちらが照明のメインスイッチでございます。
ja_reading: kochira ga eakon no suitchi, kochira ga shōmei no mein suitchi de gozaimasu.
ja_kana: こちら が エアコン の スイッチ、 こちら が しょうめい の メイン スイッチでございます。
ko: 여기가 에어컨 조절기이고, 이쪽이 조명 메인 스위치입니다.
ko_reading: yeogiga eeokeon jojeolgiigo, ijjogi jomyeong mein seuwichiimnida.
register: polite
tags: bell rooming

id: hotel-04-010
lesson: hotel-04
zh: 把房卡插在这里就有电了。
zh_reading: bǎ fángkǎ chā zài zhèlǐ jiù yǒu diàn le.
en: Just put your key card in this slot to turn on the power.
en_alt: Put the key card here and the lights will come on.
ja: カードキーをこちらに差し込むと、電気がつきます。
ja_reading: kādo kī o kochira ni sashikomu to, denki ga tsukimasu.
ja_kana: カード キー を こちら に さしこむ と、 でんき が つきます。
ko: 카드키를 여기에 꽂으시면 전원이 켜집니다.
ko_reading: kadeukireul yeogie kkojeusimyeon jeonwoni kyeojimnida.
note: 很多外国客人不熟悉插卡取电，进房后第一件事就演示给他看。
register: polite
tags: bell rooming key-card

id: hotel-04-011
lesson: hotel-04
zh: 还有什么需要的话，请拨0找前台。
zh_reading: hái yǒu shénme xūyào dehuà, qǐng bō líng zhǎo qiántái.
en: If there's anything else you need, just dial 0 for the front desk.
en_alt: Please dial zero if you need anything.
ja: ほかに何かございましたら、0番でフロントまでお電話ください。
ja_reading: hoka ni nanika gozaimashitara, zero-ban de furonto made odenwa kudasai.
ja_kana: ほか に なにか ございましたら、 ぜろばん で フロント まで おでんわ ください。
ko: 더 필요하신 것이 있으시면 0번으로 프런트에 전화해 주십시오.
ko_reading: deo piryohasin geosi isseusimyeon gongbeoneuro peureonteue jeonhwahae jusipsio.
register: polite
tags: bell rooming telephone

id: hotel-04-012
lesson: hotel-04
zh: 谢谢您的好意，不用了。
zh_reading: xièxie nín de hǎoyì, búyòng le.
en: That's very kind of you, but there's no need. Thank you.
en_alt: Thank you, that's very kind, but it's not necessary.
ja: お気持ちだけありがたく頂戴いたします。
ja_reading: okimochi dake arigataku chōdai itashimasu.
ja_kana: おきもち だけ ありがたく ちょうだいいたします。
ko: 마음만 감사히 받겠습니다.
ko_reading: maeumman gamsahi batgetseumnida.
note: 客人给小费而酒店规定不收时，微笑婉拒，不要生硬地说 "No tips!"；
+ 规定允许收的话，就真诚道谢收下。在美国，给行李员小费是礼貌的表示。
register: polite
tags: bell tipping

id: hotel-04-013
lesson: hotel-04
zh: 出租车到了，我帮您把行李放进后备箱。
zh_reading: chūzūchē dào le, wǒ bāng nín bǎ xíngli fàngjìn hòubèixiāng.
en: Your taxi is here. Let me put your bags in the trunk.
en_alt: Your taxi is here. I'll put your luggage in the boot.
ja: タクシーが参りました。お荷物をトランクにお入れいたします。
ja_reading: takushī ga mairimashita. onimotsu o toranku ni oire itashimasu.
ja_kana: タクシー が まいりました。 おにもつ を トランク に おいれいたします。
ko: 택시가 도착했습니다. 짐을 트렁크에 실어 드리겠습니다.
ko_reading: taeksiga dochakaetseumnida. jimeul teureongkeue sireo deurigetseumnida.
note: 后备箱美国说 trunk，英国说 boot。放好后请客人确认件数，再关后备箱。
register: polite
tags: bell luggage taxi

id: hotel-04-014
lesson: hotel-04
zh: 能找人帮我搬一下行李吗？
zh_reading: néng zhǎo rén bāng wǒ bān yíxià xíngli ma?
en: Could someone help me with my luggage, please?
en_alt: Could I get some help with my bags?
ja: 荷物を運ぶのを手伝っていただけますか。
ja_reading: nimotsu o hakobu no o tetsudatte itadakemasu ka.
ja_kana: にもつ を はこぶ の を てつだって いただけます か。
ko: 짐 좀 옮겨 주실 수 있나요?
ko_reading: jim jom omgyeo jusil su innayo?
note: 客人说的话，常在退房前从房间打电话来。问清房号和件数，说明几分钟后到。
register: neutral
tags: bell luggage guest

# ---- 第5课：客房清洁 ----

id: hotel-05-001
lesson: hotel-05
zh: 您好，客房服务！
zh_reading: nín hǎo, kèfáng fúwù!
en: Housekeeping!
en_alt: Good morning, housekeeping!
ja: 失礼いたします。客室係でございます。
ja_reading: shitsurei itashimasu. kyakushitsu-gakari de gozaimasu.
ja_kana: しつれいいたします。 きゃくしつがかりでございます。
ko: 하우스키핑입니다.
ko_reading: hauseukipingimnida.
note: 先敲门、报 "Housekeeping"，等一会儿再敲一次、再报一次；没有回应才用房卡开门，
+ 开门时门只推开一点，再说一遍。不要一敲门就直接进去。
register: polite
tags: housekeeping knock

id: hotel-05-002
lesson: hotel-05
zh: 现在可以为您打扫房间吗？
zh_reading: xiànzài kěyǐ wèi nín dǎsǎo fángjiān ma?
en: May I clean your room now?
en_alt: Would you like your room cleaned now?
ja: ただいまお部屋の清掃をしてもよろしいでしょうか。
ja_reading: tadaima oheya no seisō o shite mo yoroshii deshō ka.
ja_kana: ただいま おへや の せいそう を して も よろしいでしょう か。
ko: 지금 객실을 청소해 드려도 되겠습니까?
ko_reading: jigeum gaeksireul cheongsohae deuryeodo doegetseumnikka?
register: polite
tags: housekeeping

id: hotel-05-003
lesson: hotel-05
zh: 您看几点来打扫比较方便？
zh_reading: nín kàn jǐ diǎn lái dǎsǎo bǐjiào fāngbiàn?
en: What time would be convenient for us to clean your room?
en_alt: When would you like us to come back?
ja: 何時ごろお伺いすればよろしいでしょうか。
ja_reading: nanji goro oukagai sureba yoroshii deshō ka.
ja_kana: なんじごろ おうかがい すれば よろしいでしょう か。
ko: 몇 시쯤 청소해 드리면 좋을까요?
ko_reading: myeot sijjeum cheongsohae deurimyeon joeulkkayo?
register: polite
tags: housekeeping time

id: hotel-05-004
lesson: hotel-05
zh: 对不起，打扰了，我晚点再来。
zh_reading: duìbuqǐ, dǎrǎo le, wǒ wǎndiǎn zài lái.
en: I'm sorry to disturb you. I'll come back later.
en_alt: Sorry to disturb you. I'll come back later.
ja: 失礼いたしました。後ほど改めて伺います。
ja_reading: shitsurei itashimashita. nochihodo aratamete ukagaimasu.
ja_kana: しつれいいたしました。 のちほど あらためて うかがいます。
ko: 실례했습니다. 나중에 다시 오겠습니다.
ko_reading: sillyehaetseumnida. najunge dasi ogetseumnida.
note: 开门发现客人在房间（特别是还在睡或没穿好衣服）时，马上道歉、关门退出，
+ 不要站在门口解释。
register: polite
tags: housekeeping apology

id: hotel-05-005
lesson: hotel-05
zh: 门上挂着"请勿打扰"时，我们不会进房间。
zh_reading: mén shang guàzhe "qǐng wù dǎrǎo" shí, wǒmen bú huì jìn fángjiān.
en: While the "Do Not Disturb" sign is on your door, we won't come in.
en_alt: We won't enter while the Do Not Disturb sign is up.
ja: 「起こさないでください」の札が掛かっている間は、入室いたしません。
ja_reading: "okosanaide kudasai" no fuda ga kakatte iru aida wa, nyūshitsu itashimasen.
ja_kana: 「おこさないで ください」 の ふだ が かかって いる あいだ は、 にゅうしついたしません。
ko: '방해하지 마세요' 표시가 걸려 있는 동안에는 객실에 들어가지 않습니다.
ko_reading: 'banghaehaji maseyo' pyosiga geollyeo inneun donganeneun gaeksire deureogaji anseumnida.
note: 挂着 DND 时不要敲门。到了酒店规定的时间（例如下午）还挂着，先打电话或在门下
+ 塞一张留言卡询问，不要直接开门。
register: polite
tags: housekeeping do-not-disturb privacy

id: hotel-05-006
lesson: hotel-05
zh: 能再给我几条毛巾吗？
zh_reading: néng zài gěi wǒ jǐ tiáo máojīn ma?
en: Could I have some extra towels, please?
en_alt: Could we get more towels, please?
ja: タオルを追加でいただけますか。
ja_reading: taoru o tsuika de itadakemasu ka.
ja_kana: タオル を ついか で いただけます か。
ko: 수건 좀 더 주시겠어요?
ko_reading: sugeon jom deo jusigesseoyo?
note: 客人说的话。问清要几条、哪种（浴巾 bath towel、面巾 hand towel）。
register: neutral
tags: housekeeping towels guest

id: hotel-05-007
lesson: hotel-05
zh: 好的，马上给您送过去。
zh_reading: hǎo de, mǎshàng gěi nín sòng guòqu.
en: Certainly. I'll bring them up right away.
en_alt: Of course, I'll bring them straight up.
ja: かしこまりました。すぐにお持ちいたします。
ja_reading: kashikomarimashita. sugu ni omochi itashimasu.
ja_kana: かしこまりました。 すぐ に おもちいたします。
ko: 알겠습니다. 바로 가져다 드리겠습니다.
ko_reading: algetseumnida. baro gajyeoda deurigetseumnida.
note: 说 "right away" 就要真的马上送到。要等比较久时说实话，例如 "within fifteen minutes"。
register: polite
tags: housekeeping towels

id: hotel-05-008
lesson: hotel-05
zh: 您还需要枕头、毯子或洗漱用品吗？
zh_reading: nín hái xūyào zhěntou, tǎnzi huò xǐshù yòngpǐn ma?
en: Would you like any extra pillows, blankets or toiletries?
en_alt: Do you need any more pillows, blankets or toiletries?
ja: 枕や毛布、アメニティなど、ほかに必要なものはございますか。
ja_reading: makura ya mōfu, ameniti nado, hoka ni hitsuyō na mono wa gozaimasu ka.
ja_kana: まくら や もうふ、 アメニティ など、 ほか に ひつような もの は ございます か。
ko: 베개나 담요, 세면도구가 더 필요하십니까?
ko_reading: begaena damyo, semyeondoguga deo piryohasimnikka?
note: 洗漱用品英语叫 toiletries，酒店也常说 amenities。
register: polite
tags: housekeeping amenities

id: hotel-05-009
lesson: hotel-05
zh: 今晚需要为您做夜床吗？
zh_reading: jīnwǎn xūyào wèi nín zuò yèchuáng ma?
en: Would you like turndown service this evening?
ja: 今晩、ターンダウンサービスはいかがなさいますか。
ja_reading: konban, tān daun sābisu wa ikaga nasaimasu ka.
ja_kana: こんばん、 ターンダウンサービス は いかが なさいます か。
ko: 오늘 저녁 턴다운 서비스를 해 드릴까요?
ko_reading: oneul jeonyeok teondaun seobiseureul hae deurilkkayo?
note: 夜床服务 turndown service：晚上整理床铺、拉好窗帘、补充饮用水。
register: polite
tags: housekeeping turndown

id: hotel-05-010
lesson: hotel-05
zh: 迷你吧里的饮料收费，两瓶矿泉水是免费的。
zh_reading: mínǐbā li de yǐnliào shōufèi, liǎng píng kuàngquánshuǐ shì miǎnfèi de.
en: The drinks in the minibar are charged, but the two bottles of water are complimentary.
en_alt: Minibar drinks are extra, but the water is free.
ja: ミニバーのお飲み物は有料ですが、お水2本は無料でございます。
ja_reading: minibā no onomimono wa yūryō desu ga, omizu nihon wa muryō de gozaimasu.
ja_kana: ミニバー の おのみもの は ゆうりょうです が、 おみず にほん は むりょうでございます。
ko: 미니바 음료는 유료이고, 생수 두 병은 무료입니다.
ko_reading: miniba eumnyoneun yuryoigo, saengsu du byeongeun muryoimnida.
note: complimentary 是"酒店免费赠送"，比 free 更得体。收费的东西事先说清楚，
+ 免得结账时有争议。
register: polite
tags: housekeeping minibar

id: hotel-05-011
lesson: hotel-05
zh: 我有东西落在房间里了。
zh_reading: wǒ yǒu dōngxi là zài fángjiān li le.
en: I left something in my room.
en_alt: I think I've left something in the room.
ja: 部屋に忘れ物をしてしまいました。
ja_reading: heya ni wasuremono o shite shimaimashita.
ja_kana: へや に わすれもの を して しまいました。
ko: 방에 물건을 두고 나왔어요.
ko_reading: bange mulgeoneul dugo nawasseoyo.
note: 客人说的话。问清房号、物品和大概位置，再联系客房部查找。
register: neutral
tags: housekeeping lost-and-found guest

id: hotel-05-012
lesson: hotel-05
zh: 能描述一下是什么样的东西吗？
zh_reading: néng miáoshù yíxià shì shénme yàng de dōngxi ma?
en: Could you describe it for me, please?
en_alt: What does it look like?
ja: どのようなお品物か、お聞かせいただけますか。
ja_reading: dono yō na oshinamono ka, okikase itadakemasu ka.
ja_kana: どの ような おしなもの か、 おきかせ いただけます か。
ko: 어떤 물건인지 설명해 주시겠습니까?
ko_reading: eotteon mulgeoninji seolmyeonghae jusigetseumnikka?
note: 遗留物品要先请对方描述，对上了再交还，不要拿着东西问 "Is this yours?"，
+ 以免交给不是失主的人。
register: polite
tags: housekeeping lost-and-found

id: hotel-05-013
lesson: hotel-05
zh: 我们每天上午九点到下午四点打扫房间。
zh_reading: wǒmen měi tiān shàngwǔ jiǔ diǎn dào xiàwǔ sì diǎn dǎsǎo fángjiān.
en: We clean rooms every day between 9 a.m. and 4 p.m.
en_alt: Rooms are cleaned daily from nine to four.
ja: お部屋の清掃は、毎日午前9時から午後4時の間に行っております。
ja_reading: oheya no seisō wa, mainichi gozen kuji kara gogo yoji no aida ni okonatte orimasu.
ja_kana: おへや の せいそう は、 まいにち ごぜん くじ から ごご よじ の あいだ に おこなって おります。
ko: 객실 청소는 매일 오전 9시부터 오후 4시 사이에 합니다.
ko_reading: gaeksil cheongsoneun maeil ojeon ahop sibuteo ohu ne si saie hamnida.
register: polite
tags: housekeeping time

id: hotel-05-014
lesson: hotel-05
zh: 今天不用打扫我的房间。
zh_reading: jīntiān búyòng dǎsǎo wǒ de fángjiān.
en: Please don't clean my room today.
en_alt: There's no need to clean my room today.
ja: 今日は部屋の掃除は結構です。
ja_reading: kyō wa heya no sōji wa kekkō desu.
ja_kana: きょう は へや の そうじ は けっこうです。
ko: 오늘은 방 청소 안 해 주셔도 돼요.
ko_reading: oneureun bang cheongso an hae jusyeodo dwaeyo.
note: 客人说的话。要尊重客人的决定，可以问一句是否需要送毛巾或补充饮用水。
register: neutral
tags: housekeeping guest

# ---- 第6课：客房问题与需求 ----

id: hotel-06-001
lesson: hotel-06
zh: 空调不管用了。
zh_reading: kōngtiáo bù guǎnyòng le.
en: The air conditioning isn't working.
en_alt: The air conditioner isn't cooling.
en_alt: The AC isn't working.
ja: エアコンが効かないんですが。
ja_reading: eakon ga kikanai n desu ga.
ja_kana: エアコン が きかない んです が。
ko: 에어컨이 작동하지 않아요.
ko_reading: eeokeoni jakdonghaji anayo.
note: 客人说的话。客人常说 AC 或 air con；heating 是暖气。
register: neutral
tags: room-problem air-conditioning guest

id: hotel-06-002
lesson: hotel-06
zh: 没有热水。
zh_reading: méiyǒu rèshuǐ.
en: There's no hot water.
en_alt: The hot water isn't working.
ja: お湯が出ないんですが。
ja_reading: oyu ga denai n desu ga.
ja_kana: おゆ が でない んです が。
ko: 뜨거운 물이 안 나와요.
ko_reading: tteugeoun muri an nawayo.
note: 客人说的话。有的房间要放一会儿水才热，先问清情况再派人，不要一开口就说
+ "You have to wait."。
register: neutral
tags: room-problem hot-water guest

id: hotel-06-003
lesson: hotel-06
zh: 隔壁太吵了。
zh_reading: gébì tài chǎo le.
en: The room next door is really noisy.
en_alt: The people next door are very loud.
ja: 隣の部屋がとてもうるさいんです。
ja_reading: tonari no heya ga totemo urusai n desu.
ja_kana: となり の へや が とても うるさい んです。
ko: 옆방이 너무 시끄러워요.
ko_reading: yeopbangi neomu sikkeureowoyo.
note: 客人说的话。问清是哪一边的房间、什么声音，夜里接到投诉要尽快处理。
register: neutral
tags: room-problem noise guest

id: hotel-06-004
lesson: hotel-06
zh: 非常抱歉，我马上派工程部的同事过去。
zh_reading: fēicháng bàoqiàn, wǒ mǎshàng pài gōngchéngbù de tóngshì guòqu.
en: I'm very sorry about that. I'll send an engineer up right away.
en_alt: I'm so sorry. I'll have maintenance come up straight away.
ja: 大変申し訳ございません。すぐに係の者を向かわせます。
ja_reading: taihen mōshiwake gozaimasen. sugu ni kakari no mono o mukawasemasu.
ja_kana: たいへん もうしわけございません。 すぐ に かかり の もの を むかわせます。
ko: 대단히 죄송합니다. 바로 시설 담당 직원을 보내 드리겠습니다.
ko_reading: daedanhi joesonghamnida. baro siseol damdang jigwoneul bonae deurigetseumnida.
note: 先道歉，再说具体行动和时间。不要说 "It's not my department."，
+ 接到报修的人就负责把事情交接好。
register: polite
tags: room-problem apology

id: hotel-06-005
lesson: hotel-06
zh: 维修人员十分钟内到。
zh_reading: wéixiū rényuán shí fēnzhōng nèi dào.
en: Someone will be with you within ten minutes.
en_alt: An engineer will be there in ten minutes.
ja: 10分以内に係の者が伺います。
ja_reading: juppun inai ni kakari no mono ga ukagaimasu.
ja_kana: じゅっぷん いない に かかり の もの が うかがいます。
ko: 10분 안에 직원이 찾아뵙겠습니다.
ko_reading: sip bun ane jigwoni chajaboepgetseumnida.
note: 只承诺做得到的时间。说了十分钟，就要在十分钟内到。
register: polite
tags: room-problem time

id: hotel-06-006
lesson: hotel-06
zh: 您要不要换一个房间？
zh_reading: nín yào bu yào huàn yí ge fángjiān?
en: Would you like to move to another room?
en_alt: Would you prefer a different room?
ja: 別のお部屋にお移りになりますか。
ja_reading: betsu no oheya ni outsuri ni narimasu ka.
ja_kana: べつ の おへや に おうつり に なります か。
ko: 다른 객실로 옮겨 드릴까요?
ko_reading: dareun gaeksillo omgyeo deurilkkayo?
register: polite
tags: room-problem room-change

id: hotel-06-007
lesson: hotel-06
zh: 我们可以给您换到离电梯远一点、安静一点的房间。
zh_reading: wǒmen kěyǐ gěi nín huàn dào lí diàntī yuǎn yìdiǎn, ānjìng yìdiǎn de fángjiān.
en: We can move you to a quieter room, away from the lifts.
en_alt: We can give you a quieter room, further from the elevators.
ja: エレベーターから離れた、静かなお部屋をご用意できます。
ja_reading: erebētā kara hanareta, shizuka na oheya o goyōi dekimasu.
ja_kana: エレベーター から はなれた、 しずかな おへや を ごようい できます。
ko: 엘리베이터에서 떨어진 조용한 객실로 바꿔 드릴 수 있습니다.
ko_reading: ellibeiteoeseo tteoreojin joyonghan gaeksillo bakkwo deuril su itseumnida.
register: polite
tags: room-problem room-change noise

id: hotel-06-008
lesson: hotel-06
zh: 我打电话给隔壁客人，请他们小声一点。
zh_reading: wǒ dǎ diànhuà gěi gébì kèrén, qǐng tāmen xiǎoshēng yìdiǎn.
en: I'll call the guests next door and ask them to keep the noise down.
en_alt: I'll ask the guests next door to be quieter.
ja: お隣のお客様に、お静かにしていただくようお願いいたします。
ja_reading: otonari no okyakusama ni, oshizuka ni shite itadaku yō onegai itashimasu.
ja_kana: おとなり の おきゃくさま に、 おしずか に して いただく よう おねがいいたします。
ko: 옆방 손님께 조용히 해 주시도록 말씀드리겠습니다.
ko_reading: yeopbang sonnimkke joyonghi hae jusidorok malsseumdeurigetseumnida.
note: 不要告诉隔壁客人是谁投诉的，也不要把投诉客人的房号说出去。
register: polite
tags: room-problem noise privacy

id: hotel-06-009
lesson: hotel-06
zh: 电视打不开。
zh_reading: diànshì dǎ bu kāi.
en: The TV isn't working.
en_alt: The TV won't turn on.
ja: テレビがつかないんですが。
ja_reading: terebi ga tsukanai n desu ga.
ja_kana: テレビ が つかない んです が。
ko: TV가 안 켜져요.
ko_reading: tibiga an kyeojyeoyo.
note: 客人说的话。很多情况只是没插房卡或要按遥控器上的信号源键，可以先在电话里
+ 耐心指导，客人不想折腾就派人去。
register: neutral
tags: room-problem guest

id: hotel-06-010
lesson: hotel-06
zh: 马桶堵了。
zh_reading: mǎtǒng dǔ le.
en: The toilet is blocked.
en_alt: The toilet is clogged.
ja: トイレが詰まってしまいました。
ja_reading: toire ga tsumatte shimaimashita.
ja_kana: トイレ が つまって しまいました。
ko: 변기가 막혔어요.
ko_reading: byeongiga makyeosseoyo.
note: 客人说的话。blocked（英国）和 clogged（美国）都是"堵了"。
register: neutral
tags: room-problem guest

id: hotel-06-011
lesson: hotel-06
zh: 网络老是断。
zh_reading: wǎngluò lǎoshì duàn.
en: The Wi-Fi keeps disconnecting.
en_alt: The internet keeps dropping out.
ja: Wi-Fiがすぐに切れてしまいます。
ja_reading: waifai ga sugu ni kirete shimaimasu.
ja_kana: ワイファイ が すぐ に きれて しまいます。
ko: 와이파이가 자꾸 끊겨요.
ko_reading: waipaiga jakku kkeunkyeoyo.
note: 客人说的话。keeps + 动词ing 表示"老是、一直"。
register: neutral
tags: room-problem wifi guest

id: hotel-06-012
lesson: hotel-06
zh: 房卡打不开门。
zh_reading: fángkǎ dǎ bu kāi mén.
en: My key card doesn't work.
en_alt: My key card won't open the door.
ja: カードキーでドアが開きません。
ja_reading: kādo kī de doa ga akimasen.
ja_kana: カード キー で ドア が あきません。
ko: 카드키로 문이 안 열려요.
ko_reading: kadeukiro muni an yeollyeoyo.
note: 客人说的话。有的房卡靠近手机或磁铁会失效，重新制卡时可以提醒客人分开放。
register: neutral
tags: room-problem key-card guest

id: hotel-06-013
lesson: hotel-06
zh: 请稍等，我给您重新做一张房卡。
zh_reading: qǐng shāo děng, wǒ gěi nín chóngxīn zuò yì zhāng fángkǎ.
en: One moment, please. I'll make you a new key card.
en_alt: Just a moment, I'll make a new key for you.
ja: 少々お待ちください。新しいカードキーをお作りいたします。
ja_reading: shōshō omachi kudasai. atarashii kādo kī o otsukuri itashimasu.
ja_kana: しょうしょう おまち ください。 あたらしい カード キー を おつくり いたします。
ko: 잠시만 기다려 주십시오. 새 카드키를 만들어 드리겠습니다.
ko_reading: jamsiman gidaryeo jusipsio. sae kadeukireul mandeureo deurigetseumnida.
note: 补卡前一定核对身份（姓名、房号、证件），不能只凭对方报的房号就给卡，
+ 这是为了保护住客。可以说 "May I see your passport, just to confirm?"。
register: polite
tags: room-problem key-card safety

id: hotel-06-014
lesson: hotel-06
zh: 过一会儿我再打电话确认问题解决了没有。
zh_reading: guò yíhuìr wǒ zài dǎ diànhuà quèrèn wèntí jiějué le méiyǒu.
en: I'll call you back shortly to make sure everything is working.
en_alt: I'll check back with you shortly to make sure it's fixed.
ja: 後ほど、問題が解決したかお電話で確認させていただきます。
ja_reading: nochihodo, mondai ga kaiketsu shita ka odenwa de kakunin sasete itadakimasu.
ja_kana: のちほど、 もんだい が かいけつ した か おでんわ で かくにん させて いただきます。
ko: 잠시 후에 문제가 해결되었는지 전화로 확인하겠습니다.
ko_reading: jamsi hue munjega haegyeoldoeeonneunji jeonhwaro hwaginhagetseumnida.
note: 修好后主动回访，客人会感到被重视；这一步常被忘记。
register: polite
tags: room-problem follow-up

# ---- 第7课：投诉与服务补救 ----

id: hotel-07-001
lesson: hotel-07
zh: 真的很抱歉发生这样的事。
zh_reading: zhēn de hěn bàoqiàn fāshēng zhèyàng de shì.
en: I'm truly sorry this happened.
en_alt: I'm really sorry about this.
ja: このたびは大変ご迷惑をおかけし、誠に申し訳ございません。
ja_reading: kono tabi wa taihen gomeiwaku o okake shi, makoto ni mōshiwake gozaimasen.
ja_kana: この たび は たいへん ごめいわく を おかけ し、 まことに もうしわけございません。
ko: 이런 일이 생겨 정말 죄송합니다.
ko_reading: ireon iri saenggyeo jeongmal joesonghamnida.
note: 道歉要真诚、具体，不要一边道歉一边找理由（"Sorry, but…"）。
+ 日语对客人正式道歉用「申し訳ございません」，不用「すみません」。
register: formal
tags: complaint apology

id: hotel-07-002
lesson: hotel-07
zh: 请您说说发生了什么，我在听。
zh_reading: qǐng nín shuōshuo fāshēng le shénme, wǒ zài tīng.
en: Could you tell me exactly what happened? I'm listening.
en_alt: Please tell me what happened.
ja: どのような状況だったか、お聞かせいただけますか。
ja_reading: dono yō na jōkyō datta ka, okikase itadakemasu ka.
ja_kana: どの ような じょうきょうだった か、 おきかせ いただけます か。
ko: 어떤 일이 있으셨는지 말씀해 주시겠습니까?
ko_reading: eotteon iri isseusyeonneunji malsseumhae jusigetseumnikka?
note: 处理投诉的第一步是听：让客人说完，不要打断，也不要急着解释或辩解。
register: polite
tags: complaint listening

id: hotel-07-003
lesson: hotel-07
zh: 我完全理解您的心情。
zh_reading: wǒ wánquán lǐjiě nín de xīnqíng.
en: I completely understand how frustrating this must be.
en_alt: I understand how you feel.
ja: ご不快なお気持ち、お察しいたします。
ja_reading: gofukai na okimochi, osasshi itashimasu.
ja_kana: ごふかいな おきもち、 おさっしいたします。
ko: 얼마나 불편하셨을지 충분히 이해합니다.
ko_reading: eolmana bulpyeonhasyeosseulji chungbunhi ihaehamnida.
note: 表示理解之后马上说你要做什么。只说 "I understand" 却不行动，客人会更生气。
register: polite
tags: complaint empathy

id: hotel-07-004
lesson: hotel-07
zh: 我把情况记下来，马上处理。
zh_reading: wǒ bǎ qíngkuàng jì xiàlai, mǎshàng chǔlǐ.
en: Let me note down the details and deal with this right away.
en_alt: I'll take down the details and sort this out right away.
ja: 詳細を記録し、すぐに対応いたします。
ja_reading: shōsai o kiroku shi, sugu ni taiō itashimasu.
ja_kana: しょうさい を きろく し、 すぐ に たいおういたします。
ko: 내용을 기록하고 바로 처리하겠습니다.
ko_reading: naeyongeul girokago baro cheorihagetseumnida.
register: polite
tags: complaint action

id: hotel-07-005
lesson: hotel-07
zh: 这是我们的错，非常抱歉。
zh_reading: zhè shì wǒmen de cuò, fēicháng bàoqiàn.
en: That was our mistake, and I apologize.
en_alt: That was our fault. I'm very sorry.
ja: こちらの不手際でございました。申し訳ございません。
ja_reading: kochira no futegiwa de gozaimashita. mōshiwake gozaimasen.
ja_kana: こちら の ふてぎわでございました。 もうしわけございません。
ko: 저희 실수입니다. 죄송합니다.
ko_reading: jeohui silsuimnida. joesonghamnida.
note: 确实是酒店的错就直接承认，不要把责任推给别的部门或同事。
register: formal
tags: complaint apology

id: hotel-07-006
lesson: hotel-07
zh: 为了表示歉意，今晚的晚餐由我们招待。
zh_reading: wèile biǎoshì qiànyì, jīnwǎn de wǎncān yóu wǒmen zhāodài.
en: To make up for this, we'd like to offer you dinner tonight, on us.
en_alt: As an apology, dinner tonight is on us.
ja: お詫びのしるしとして、今晩のご夕食をご用意させていただきます。
ja_reading: owabi no shirushi to shite, konban no goyūshoku o goyōi sasete itadakimasu.
ja_kana: おわび の しるし として、 こんばん の ごゆうしょく を ごようい させて いただきます。
ko: 사과의 뜻으로 오늘 저녁 식사를 대접해 드리고 싶습니다.
ko_reading: sagwaui tteuseuro oneul jeonyeok siksareul daejeopae deurigo sipseumnida.
note: 补偿要在自己的权限之内，拿不准就先问主管，不要随口承诺做不到的事。
+ "on us" 是"我们请客、免费"的意思。
register: formal
tags: complaint compensation

id: hotel-07-007
lesson: hotel-07
zh: 我请值班经理来跟您谈。
zh_reading: wǒ qǐng zhíbān jīnglǐ lái gēn nín tán.
en: I'll ask the duty manager to come and speak with you.
en_alt: Let me get the duty manager for you.
ja: 当直の責任者を呼んでまいります。
ja_reading: tōchoku no sekininsha o yonde mairimasu.
ja_kana: とうちょく の せきにんしゃ を よんで まいります。
ko: 당직 매니저를 불러 드리겠습니다.
ko_reading: dangjik maenijeoreul bulleo deurigetseumnida.
note: 超出自己权限时请主管来，并把情况先讲给主管听，免得客人再从头说一遍。
register: polite
tags: complaint manager

id: hotel-07-008
lesson: hotel-07
zh: 很抱歉，下午四点退房恐怕安排不了，不过可以延到两点。
zh_reading: hěn bàoqiàn, xiàwǔ sì diǎn tuìfáng kǒngpà ānpái bu liǎo, búguò kěyǐ yán dào liǎng diǎn.
en: I'm afraid we can't offer a 4 p.m. check-out, but I can extend it to 2 p.m. for you.
en_alt: Unfortunately 4 p.m. isn't possible, but I can give you until 2 p.m.
ja: 申し訳ございませんが、午後4時のチェックアウトは難しく、午後2時まででしたら延長可能でございます。
ja_reading: mōshiwake gozaimasen ga, gogo yoji no chekku auto wa muzukashiku, gogo niji made deshitara enchō kanō de gozaimasu.
ja_kana: もうしわけございません が、 ごご よじ の チェック アウト は むずかしく、 ごご にじ まで でしたら えんちょう かのうでございます。
ko: 죄송하지만 오후 4시 체크아웃은 어렵고, 오후 2시까지는 연장해 드릴 수 있습니다.
ko_reading: joesonghajiman ohu ne si chekeuauseun eoryeopgo, ohu du sikkajineun yeonjanghae deuril su itseumnida.
note: 拒绝时用 "I'm afraid … but …"：先说不能做什么，马上给出能做的。
+ 不要只说 "No, it's hotel policy."。
register: polite
tags: complaint refusal check-out

id: hotel-07-009
lesson: hotel-07
zh: 很抱歉今天没法升级，不过我可以给您安排高楼层的房间。
zh_reading: hěn bàoqiàn jīntiān méi fǎ shēngjí, búguò wǒ kěyǐ gěi nín ānpái gāo lóucéng de fángjiān.
en: Unfortunately we can't offer an upgrade today, but I can give you a room on a higher floor.
en_alt: I'm afraid an upgrade isn't possible today, but I can put you on a higher floor.
ja: あいにく本日はアップグレードができかねますが、高層階のお部屋をご用意いたします。
ja_reading: ainiku honjitsu wa appugurēdo ga dekikanemasu ga, kōsōkai no oheya o goyōi itashimasu.
ja_kana: あいにく ほんじつ は アップグレード が できかねます が、 こうそうかい の おへや を ごよういいたします。
ko: 죄송하지만 오늘은 업그레이드가 어렵습니다. 대신 높은 층 객실을 준비해 드리겠습니다.
ko_reading: joesonghajiman oneureun eopgeureideuga eoryeopseumnida. daesin nopeun cheung gaeksireul junbihae deurigetseumnida.
register: polite
tags: complaint refusal upgrade

id: hotel-07-010
lesson: hotel-07
zh: 请问房间现在一切都好吗？
zh_reading: qǐngwèn fángjiān xiànzài yíqiè dōu hǎo ma?
en: Is everything all right with your room now?
en_alt: Is everything working properly now?
ja: その後、お部屋に何か問題はございませんか。
ja_reading: sono go, oheya ni nanika mondai wa gozaimasen ka.
ja_kana: そのご、 おへや に なに か もんだい はございません か。
ko: 지금은 객실에 불편하신 점이 없으십니까?
ko_reading: jigeumeun gaeksire bulpyeonhasin jeomi eopseusimnikka?
note: 跟进是服务补救的最后一步：问题处理完后主动再联系客人，确认他满意。
register: polite
tags: complaint follow-up

id: hotel-07-011
lesson: hotel-07
zh: 谢谢您告诉我们。
zh_reading: xièxie nín gàosu wǒmen.
en: Thank you for letting us know.
en_alt: Thanks for telling us.
en_alt: Thank you for bringing this to our attention.
ja: お知らせいただき、ありがとうございます。
ja_reading: oshirase itadaki, arigatō gozaimasu.
ja_kana: おしらせ いただき、 ありがとうございます。
ko: 알려 주셔서 감사합니다.
ko_alt: 말씀해 주셔서 감사합니다.
ko_reading: allyeo jusyeoseo gamsahamnida.
note: 客人提意见，是给我们改正的机会。先道谢，比先辩解更能让客人平静下来。
register: polite
tags: complaint thanks

id: hotel-07-012
lesson: hotel-07
zh: 我要找你们经理。
zh_reading: wǒ yào zhǎo nǐmen jīnglǐ.
en: I'd like to speak to the manager.
en_alt: Can I speak to your manager?
ja: 責任者を呼んでください。
ja_reading: sekininsha o yonde kudasai.
ja_kana: せきにんしゃ を よんで ください。
ko: 책임자 좀 불러 주세요.
ko_reading: chaegimja jom bulleo juseyo.
note: 客人说的话。不要觉得被冒犯，也不要拦着；说 "Certainly, I'll get the duty manager."，
+ 同时简单问清情况，转告经理。
register: neutral
tags: complaint manager guest

id: hotel-07-013
lesson: hotel-07
zh: 这太不像话了！
zh_reading: zhè tài bú xiànghuà le!
en: This is unacceptable!
en_alt: This is not acceptable.
ja: これはひどすぎます。
ja_reading: kore wa hidosugimasu.
ja_kana: これ は ひどすぎます。
ko: 이건 말도 안 돼요.
ko_reading: igeon maldo an dwaeyo.
note: 客人很生气时说的话。保持冷静，放慢语速，不要争辩，也不要笑——紧张时的笑容
+ 常被理解成不当回事。
register: neutral
tags: complaint guest

id: hotel-07-014
lesson: hotel-07
zh: 我会亲自跟进，明天上午给您答复。
zh_reading: wǒ huì qīnzì gēnjìn, míngtiān shàngwǔ gěi nín dáfù.
en: I'll follow this up personally and get back to you by tomorrow morning.
en_alt: I'll look into this myself and get back to you tomorrow morning.
ja: 私が責任を持って対応し、明日の午前中にご連絡いたします。
ja_reading: watakushi ga sekinin o motte taiō shi, asu no gozenchū ni gorenraku itashimasu.
ja_kana: わたくし が せきにん を もって たいおう し、 あす の ごぜんちゅう に ごれんらくいたします。
ko: 제가 직접 처리하고 내일 오전 중으로 연락드리겠습니다.
ko_reading: jega jikjeop cheorihago naeil ojeon jungeuro yeollakdeurigetseumnida.
note: 说了什么时候答复，就一定按时联系客人；事情还没办完，也要按时告诉他进展。
register: polite
tags: complaint follow-up

# ---- 第8课：礼宾服务 ----

id: hotel-08-001
lesson: hotel-08
zh: 去邮轮码头怎么走？
zh_reading: qù yóulún mǎtou zěnme zǒu?
en: How do I get to the cruise terminal?
en_alt: What's the best way to the cruise terminal?
ja: クルーズターミナルへはどう行けばいいですか。
ja_reading: kurūzu tāminaru e wa dō ikeba ii desu ka.
ja_kana: クルーズ ターミナル へ は どう いけば いいです か。
ko: 크루즈 터미널은 어떻게 가요?
ko_reading: keurujeu teomineoreun eotteoke gayo?
note: 客人说的话。"How do I get to …?" 是问路最常见的说法。
register: neutral
tags: concierge directions guest
local: 青岛的邮轮码头：青岛邮轮母港（地址按青岛港公布的为准）
local_source: 青岛港（集团）有限公司 青岛邮轮母港；青岛市交通运输局 水路客运信息

id: hotel-08-002
lesson: hotel-08
zh: 坐地铁最方便，我把路线写给您。
zh_reading: zuò dìtiě zuì fāngbiàn, wǒ bǎ lùxiàn xiě gěi nín.
en: The metro is the easiest way. I'll write down the route for you.
ja: 地下鉄が便利です。行き方をお書きいたします。
ja_reading: chikatetsu ga benri desu. ikikata o okaki itashimasu.
ja_kana: ちかてつ が べんりです。 いきかた を おかき いたします。
ko: 지하철이 가장 편리합니다. 가는 길을 적어 드리겠습니다.
ko_reading: jihacheori gajang pyeollihamnida. ganeun gireul jeogeo deurigetseumnida.
note: 地铁美国叫 subway，英国伦敦叫 the Tube，说 metro 大家都懂。写路线时写上线路号、
+ 方向（终点站名）和下车的站名，客人看了就能走。
register: polite
tags: concierge directions transport
local: 从本酒店去青岛邮轮母港的地铁线路、方向和站名：按酒店所在位置填写
local_source: 青岛地铁集团有限公司 官方网站 线网图；青岛港（集团）有限公司 青岛邮轮母港；青岛市交通运输局 水路客运信息

id: hotel-08-003
lesson: hotel-08
zh: 走过去大约十分钟。
zh_reading: zǒu guòqu dàyuē shí fēnzhōng.
en: It's about a ten-minute walk.
en_alt: It takes about ten minutes on foot.
ja: 歩いて10分ほどでございます。
ja_reading: aruite juppun hodo de gozaimasu.
ja_kana: あるいて じゅっぷん ほどでございます。
ko: 걸어서 10분 정도 걸립니다.
ko_reading: georeoseo sip bun jeongdo geollimnida.
register: polite
tags: concierge directions

id: hotel-08-004
lesson: hotel-08
zh: 我在地图上给您标出来。
zh_reading: wǒ zài dìtú shang gěi nín biāo chūlai.
en: Let me mark it on the map for you.
en_alt: I'll mark it on the map for you.
ja: 地図に印をお付けいたします。
ja_reading: chizu ni shirushi o otsuke itashimasu.
ja_kana: ちず に しるし を おつけいたします。
ko: 지도에 표시해 드리겠습니다.
ko_reading: jidoe pyosihae deurigetseumnida.
register: polite
tags: concierge directions

id: hotel-08-005
lesson: hotel-08
zh: 要我帮您叫一辆出租车吗？
zh_reading: yào wǒ bāng nín jiào yí liàng chūzūchē ma?
en: Would you like me to call you a taxi?
en_alt: Shall I call a taxi for you?
ja: タクシーをお呼びいたしましょうか。
ja_reading: takushī o oyobi itashimashō ka.
ja_kana: タクシー を および いたしましょう か。
ko: 택시를 불러 드릴까요?
ko_reading: taeksireul bulleo deurilkkayo?
register: polite
tags: concierge taxi

id: hotel-08-006
lesson: hotel-08
zh: 这是酒店的名片，上面有中文地址，回来时给司机看就行。
zh_reading: zhè shì jiǔdiàn de míngpiàn, shàngmian yǒu Zhōngwén dìzhǐ, huílai shí gěi sījī kàn jiù xíng.
en: Here's our hotel card with the address in Chinese. Just show it to the driver on your way back.
en_alt: This card has our address in Chinese for the taxi driver.
ja: こちらはホテルのカードで、中国語の住所が書いてございます。お帰りの際、運転手にお見せください。
ja_reading: kochira wa hoteru no kādo de, Chūgokugo no jūsho ga kaite gozaimasu. okaeri no sai, untenshu ni omise kudasai.
ja_kana: こちら は ホテル の カード で、 ちゅうごくご の じゅうしょ が かいてございます。 おかえり の さい、 うんてんしゅ に おみせ ください。
ko: 호텔 카드입니다. 중국어 주소가 적혀 있으니 돌아오실 때 기사님께 보여 주십시오.
ko_reading: hotel kadeuimnida. junggugeo jusoga jeokyeo isseuni doraosil ttae gisanimkke boyeo jusipsio.
note: 很多司机看不懂英文地址。客人外出前主动递一张中文名片，是最实用的小服务。
register: polite
tags: concierge taxi address

id: hotel-08-007
lesson: hotel-08
zh: 我把目的地用中文写下来给司机。
zh_reading: wǒ bǎ mùdìdì yòng Zhōngwén xiě xiàlai gěi sījī.
en: I'll write the destination in Chinese for the driver.
en_alt: Let me write down the address in Chinese for your driver.
ja: 行き先を中国語でお書きいたします。運転手にお見せください。
ja_reading: ikisaki o Chūgokugo de okaki itashimasu. untenshu ni omise kudasai.
ja_kana: いきさき を ちゅうごくご で おかきいたします。 うんてんしゅ に おみせ ください。
ko: 목적지를 중국어로 적어 드리겠습니다. 기사님께 보여 주십시오.
ko_reading: mokjeokjireul junggugeoro jeogeo deurigetseumnida. gisanimkke boyeo jusipsio.
register: polite
tags: concierge taxi address

id: hotel-08-008
lesson: hotel-08
zh: 附近有好的海鲜餐厅可以推荐吗？
zh_reading: fùjìn yǒu hǎo de hǎixiān cāntīng kěyǐ tuījiàn ma?
en: Can you recommend a good seafood restaurant nearby?
en_alt: Is there a good seafood place near here?
ja: 近くにおすすめのシーフードレストランはありますか。
ja_reading: chikaku ni osusume no shīfūdo resutoran wa arimasu ka.
ja_kana: ちかく に おすすめ の シーフード レストラン は あります か。
ko: 근처에 괜찮은 해산물 식당 추천해 주실 수 있어요?
ko_reading: geuncheoe gwaenchaneun haesanmul sikdang chucheonhae jusil su isseoyo?
note: 客人说的话。推荐前问问预算、口味和有没有忌口，再给两三个选择。
register: neutral
tags: concierge restaurant guest

id: hotel-08-009
lesson: hotel-08
zh: 我可以帮您订位。请问几位，几点？
zh_reading: wǒ kěyǐ bāng nín dìng wèi. qǐngwèn jǐ wèi, jǐ diǎn?
en: I can book a table for you. For how many people, and at what time?
en_alt: Shall I book a table? How many of you, and what time?
ja: ご予約をお取りいたします。何名様で、何時がよろしいでしょうか。
ja_reading: goyoyaku o otori itashimasu. nanmei-sama de, nanji ga yoroshii deshō ka.
ja_kana: ごよやく を おとりいたします。 なんめいさまで、 なんじ が よろしいでしょう か。
ko: 예약해 드리겠습니다. 몇 분이시고, 몇 시로 해 드릴까요?
ko_reading: yeyakae deurigetseumnida. myeot bunisigo, myeot siro hae deurilkkayo?
register: polite
tags: concierge restaurant booking

id: hotel-08-010
lesson: hotel-08
zh: 这个时间去机场要一个小时左右，建议早点出发。
zh_reading: zhège shíjiān qù jīchǎng yào yí ge xiǎoshí zuǒyòu, jiànyì zǎo diǎn chūfā.
en: At this time of day it takes about an hour to the airport, so I'd suggest leaving a little early.
en_alt: Please allow about an hour to get to the airport at this time of day.
ja: この時間帯ですと空港まで1時間ほどかかりますので、早めのご出発をおすすめいたします。
ja_reading: kono jikantai desu to kūkō made ichijikan hodo kakarimasu node, hayame no goshuppatsu o osusume itashimasu.
ja_kana: この じかんたいです と くうこう まで いちじかん ほど かかります ので、 はやめ の ごしゅっぱつ を おすすめいたします。
ko: 이 시간대에는 공항까지 한 시간 정도 걸리니 조금 일찍 출발하시는 것이 좋겠습니다.
ko_reading: i sigandaeeneun gonghangkkaji han sigan jeongdo geollini jogeum iljjik chulbalhasineun geosi joketseumnida.
register: polite
tags: concierge transport airport time
local: 从市区到青岛胶东国际机场：离市中心约 39 公里；开车一小时左右是示例估计（看路况和出发地点）
local_source: 新华社 2021 年 8 月 12 日 青岛胶东国际机场启用报道（http://en.people.cn/n3/2021/0813/c90000-9883647.html）；《中国日报》2017 年 3 月 7 日 New airport set to reshape regional aviation（机场在胶州，离市中心约 39 公里，一期一座航站楼）；青岛国际机场集团 青岛胶东国际机场官方网站 交通指南

id: hotel-08-011
lesson: hotel-08
zh: 我们可以帮您预订观光游和演出门票。
zh_reading: wǒmen kěyǐ bāng nín yùdìng guānguāngyóu hé yǎnchū ménpiào.
en: We can book sightseeing tours and show tickets for you.
en_alt: I can arrange tours and tickets for you.
ja: 観光ツアーや公演のチケットも手配いたします。
ja_reading: kankō tsuā ya kōen no chiketto mo tehai itashimasu.
ja_kana: かんこう ツアー や こうえん の チケット も てはいいたします。
ko: 관광 투어와 공연 티켓도 예약해 드릴 수 있습니다.
ko_reading: gwangwang tueowa gongyeon tiketdo yeyakae deuril su itseumnida.
register: polite
tags: concierge tickets tours

id: hotel-08-012
lesson: hotel-08
zh: 很遗憾，博物馆周一闭馆。
zh_reading: hěn yíhàn, bówùguǎn zhōuyī bìguǎn.
en: I'm afraid the museum is closed on Mondays.
en_alt: Unfortunately, the museum is closed on Mondays.
ja: あいにく博物館は月曜日が休館日でございます。
ja_reading: ainiku hakubutsukan wa getsuyōbi ga kyūkanbi de gozaimasu.
ja_kana: あいにく はくぶつかん は げつようび が きゅうかんびでございます。
ko: 죄송하지만 박물관은 월요일에 휴관합니다.
ko_reading: joesonghajiman bangmulgwaneun woryoire hyugwanhamnida.
note: 带来坏消息时用 "I'm afraid" 或 "Unfortunately"，然后推荐别的去处。
register: polite
tags: concierge sights refusal
local: 博物馆的闭馆日（例句是周一）：按要去的博物馆公布的开放时间
local_source: 青岛市博物馆等场馆公布的开放时间；青岛市文化和旅游局 旅游资讯

id: hotel-08-013
lesson: hotel-08
zh: 这个景点要提前在网上预约，我帮您查一下？
zh_reading: zhège jǐngdiǎn yào tíqián zài wǎngshang yùyuē, wǒ bāng nín chá yíxià?
en: This place needs to be booked online in advance. Shall I check availability for you?
en_alt: You need to book this one online in advance. Would you like me to check for you?
ja: こちらは事前のオンライン予約が必要でございます。空き状況をお調べいたしましょうか。
ja_reading: kochira wa jizen no onrain yoyaku ga hitsuyō de gozaimasu. akijōkyō o oshirabe itashimashō ka.
ja_kana: こちら は じぜん の オンライン よやく が ひつようでございます。 あき じょうきょう を おしらべ いたしましょう か。
ko: 이곳은 인터넷으로 미리 예약해야 합니다. 제가 확인해 드릴까요?
ko_reading: igoseun inteoneseuro miri yeyakaeya hamnida. jega hwaginhae deurilkkayo?
note: 需要护照实名预约的景点，提醒客人带护照原件。
register: polite
tags: concierge tickets sights

id: hotel-08-014
lesson: hotel-08
zh: 晚上在这附近散步安全吗？
zh_reading: wǎnshang zài zhè fùjìn sànbù ānquán ma?
en: Is it safe to walk around here at night?
en_alt: Is this area safe at night?
ja: 夜、このあたりを歩いても安全ですか。
ja_reading: yoru, kono atari o aruite mo anzen desu ka.
ja_kana: よる、 この あたり を あるいて も あんぜんです か。
ko: 밤에 이 근처를 걸어 다녀도 안전한가요?
ko_reading: bame i geuncheoreul georeo danyeodo anjeonhangayo?
note: 客人说的话。如实回答，可以顺便提醒看好手机和钱包，并给客人酒店的中文名片。
register: neutral
tags: concierge safety guest

# ---- 第9课：账单、付款与退房 ----

id: hotel-09-001
lesson: hotel-09
zh: 早上好，您是要退房吗？
zh_reading: zǎoshang hǎo, nín shì yào tuìfáng ma?
en: Good morning. Are you checking out today?
en_alt: Good morning. Are you checking out?
ja: おはようございます。チェックアウトでいらっしゃいますか。
ja_reading: ohayō gozaimasu. chekku auto de irasshaimasu ka.
ja_kana: おはようございます。 チェック アウト で いらっしゃいます か。
ko: 안녕하십니까? 체크아웃하시겠습니까?
ko_reading: annyeonghasimnikka? chekeuautasigetseumnikka?
register: polite
tags: check-out greeting

id: hotel-09-002
lesson: hotel-09
zh: 请问您用过迷你吧吗？
zh_reading: qǐngwèn nín yòng guo mínǐbā ma?
en: Did you have anything from the minibar?
en_alt: Did you use the minibar?
ja: ミニバーはご利用になりましたか。
ja_reading: minibā wa goriyō ni narimashita ka.
ja_kana: ミニバー は ごりよう に なりました か。
ko: 미니바를 이용하셨습니까?
ko_reading: minibareul iyonghasyeotseumnikka?
note: 语气要自然，像例行确认，不要让客人觉得被怀疑。
register: polite
tags: check-out minibar bill

id: hotel-09-003
lesson: hotel-09
zh: 这是您的账单，请您核对一下。
zh_reading: zhè shì nín de zhàngdān, qǐng nín héduì yíxià.
en: Here's your bill. Please take a moment to check it.
en_alt: Here is your bill. Could you check it, please?
ja: こちらがご明細でございます。ご確認をお願いいたします。
ja_reading: kochira ga gomeisai de gozaimasu. gokakunin o onegai itashimasu.
ja_kana: こちら が ごめいさいでございます。 ごかくにん を おねがいいたします。
ko: 계산서입니다. 확인해 주십시오.
ko_reading: gyesanseoimnida. hwaginhae jusipsio.
note: 账单英国说 bill，美国酒店也说 bill 或 folio。把账单转过来正对着客人，再用手掌指给他看。
register: polite
tags: check-out bill

id: hotel-09-004
lesson: hotel-09
zh: 这一项是百分之十的服务费。
zh_reading: zhè yí xiàng shì bǎi fēn zhī shí de fúwùfèi.
en: This is the ten percent service charge.
en_alt: This line is our ten percent service charge.
ja: こちらは10%のサービス料でございます。
ja_reading: kochira wa juppāsento no sābisu-ryō de gozaimasu.
ja_kana: こちら は じゅっパーセント の サービスりょうでございます。
ko: 이것은 10퍼센트 봉사료입니다.
ko_reading: igeoseun sip peosenteu bongsaryoimnida.
note: 客人问某一项费用时，逐项指给他看、解释清楚。来自小费国家的客人看到服务费后，
+ 可能想知道还要不要另给小费，可以告诉他服务费已经包含在内。
register: polite
tags: check-out bill service-charge

id: hotel-09-005
lesson: hotel-09
zh: 我们收现金和银行卡，也可以用微信支付和支付宝。
zh_reading: wǒmen shōu xiànjīn hé yínhángkǎ, yě kěyǐ yòng Wēixìn Zhīfù hé Zhīfùbǎo.
en: We accept cash and cards, as well as WeChat Pay and Alipay.
en_alt: You can pay by cash, card, WeChat Pay or Alipay.
ja: 現金、カードのほか、WeChat PayとAlipayもご利用いただけます。
ja_reading: genkin, kādo no hoka, WeChat Pay to Alipay mo goriyō itadakemasu.
ja_kana: げんきん、 カード の ほか、 ウィーチャット ペイ と アリペイ も ごりよう いただけます。
ko: 현금과 카드는 물론 위챗페이와 알리페이로도 결제하실 수 있습니다.
ko_reading: hyeongeumgwa kadeuneun mullon wichaetpeiwa allipeirodo gyeoljehasil su itseumnida.
note: 把现金放在第一位说：按中国人民银行的规定，不得拒收人民币现金。
register: polite
tags: check-out payment cash mobile-payment

id: hotel-09-006
lesson: hotel-09
zh: 如果您已经把境外银行卡绑定到支付宝或微信，也可以扫码付款。
zh_reading: rúguǒ nín yǐjīng bǎ jìngwài yínhángkǎ bǎngdìng dào Zhīfùbǎo huò Wēixìn, yě kěyǐ sǎo mǎ fùkuǎn.
en: If you've linked your foreign card to Alipay or WeChat Pay, you can also pay by scanning the QR code.
en_alt: If your card is linked to Alipay or WeChat Pay, you can scan to pay.
ja: 海外のカードをAlipayやWeChat Payにご登録済みでしたら、QRコードでもお支払いいただけます。
ja_reading: kaigai no kādo o Alipay ya WeChat Pay ni gotōroku-zumi deshitara, QR kōdo demo oshiharai itadakemasu.
ja_kana: かいがい の カード を アリペイ や ウィーチャット ペイ に ごとうろくずみでしたら、 キューアール コード でも おしはらい いただけます。
ko: 해외 카드를 알리페이나 위챗페이에 등록하셨다면 QR 코드로도 결제하실 수 있습니다.
ko_reading: haeoe kadeureul allipeina wichaetpeie deungnokasyeotdamyeon QR kodeurodo gyeoljehasil su itseumnida.
note: 2023年7月起，外国客人可以把境外发行的 Visa、Mastercard、JCB 等卡绑定到微信支付和
+ 支付宝。不要对外国客人说 "Alipay is only for Chinese."。
register: polite
tags: check-out payment mobile-payment

id: hotel-09-007
lesson: hotel-09
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
note: 客人说的话。回答永远是可以："Of course, cash is fine."。
+ 按中国人民银行的规定，不得拒收人民币现金。
register: neutral
tags: check-out payment cash guest

id: hotel-09-008
lesson: hotel-09
zh: 这是退给您的五百元押金，请点一下。
zh_reading: zhè shì tuì gěi nín de wǔbǎi yuán yājīn, qǐng diǎn yíxià.
en: Here's your deposit of five hundred yuan back. Please check the amount.
en_alt: Here is your five-hundred-yuan deposit.
ja: お預かりしていたデポジット500元をお返しいたします。お確かめください。
ja_reading: oazukari shite ita depojitto gohyaku gen o okaeshi itashimasu. otashikame kudasai.
ja_kana: おあずかり して いた デポジット ごひゃくげん を おかえしいたします。 おたしかめ ください。
ko: 보증금 500위안을 돌려 드립니다. 확인해 주십시오.
ko_reading: bojeunggeum obaek wianeul dollyeo deurimnida. hwaginhae jusipsio.
note: 用右手或双手把钱递到客人手里，当面点清。
register: polite
tags: check-out deposit cash
local: 货币单位：人民币元；500 元押金是示例金额
local_source: 《中华人民共和国中国人民银行法》第十六条（人民币是法定货币）；例中金额是示例，不是规定价格

id: hotel-09-009
lesson: hotel-09
zh: 您需要发票吗？抬头开个人还是公司？
zh_reading: nín xūyào fāpiào ma? táitóu kāi gèrén háishi gōngsī?
en: Would you like a fapiao, the official Chinese receipt? Should it be in your name or your company's?
en_alt: Do you need an official receipt, in your name or your company's?
ja: 中国の正式な領収書である発票（ファーピャオ）はご入用ですか。宛名は個人名と会社名のどちらになさいますか。
ja_reading: Chūgoku no seishiki na ryōshūsho de aru happyō (fāpyao) wa goiriyō desu ka. atena wa kojin-mei to kaisha-mei no dochira ni nasaimasu ka.
ja_kana: ちゅうごく の せいしきな りょうしゅうしょ で ある はっぴょう （ファーピャオ） は ごいりようです か。 あてな は こじんめい と かいしゃめい の どちら に なさいます か。
ko: 중국의 공식 영수증인 파퍄오가 필요하십니까? 개인 명의와 회사 명의 중 어느 쪽으로 해 드릴까요?
ko_reading: junggugui gongsik yeongsujeungin papyaoga piryohasimnikka? gaein myeonguiwa hoesa myeongui jung eoneu jjogeuro hae deurilkkayo?
note: 很多外国客人只要一张普通收据（receipt）就够了；提"发票"时可以说 fapiao 并简单解释。
+ 先问清楚要哪一种，再开。
register: polite
tags: check-out invoice fapiao
local: 发票抬头可开个人或单位（公司）；单位抬头要名称和纳税人识别号
local_source: 国家税务总局公告 2017 年第 16 号（企业抬头的增值税发票须填纳税人识别号）

id: hotel-09-010
lesson: hotel-09
zh: 开公司发票需要公司名称和税号。
zh_reading: kāi gōngsī fāpiào xūyào gōngsī míngchēng hé shuìhào.
en: For a company fapiao, I'll need the company name and its tax ID number.
en_alt: I'll need your company's name and tax number for the fapiao.
ja: 会社名義の発票（ファーピャオ）には、会社名と納税者番号が必要でございます。
ja_reading: kaisha meigi no happyō (fāpyao) ni wa, kaisha-mei to nōzeisha bangō ga hitsuyō de gozaimasu.
ja_kana: かいしゃ めいぎ の はっぴょう （ファーピャオ） に は、 かいしゃめい と のうぜいしゃ ばんごう が ひつようでございます。
ko: 회사 명의로 발행하려면 회사명과 납세자 번호가 필요합니다.
ko_reading: hoesa myeonguiro balhaengharyeomyeon hoesamyeonggwa napseja beonhoga piryohamnida.
register: polite
tags: check-out invoice fapiao
local: 单位（公司）抬头的发票须填名称和纳税人识别号（税号）
local_source: 国家税务总局公告 2017 年第 16 号（企业抬头的增值税发票须填纳税人识别号）

id: hotel-09-011
lesson: hotel-09
zh: 我可以晚点退房吗？
zh_reading: wǒ kěyǐ wǎn diǎn tuìfáng ma?
en: Could I have a late check-out?
en_alt: Is a late check-out possible?
ja: レイトチェックアウトはできますか。
ja_reading: reito chekku auto wa dekimasu ka.
ja_kana: レイトチェックアウト は できます か。
ko: 체크아웃을 늦게 할 수 있을까요?
ko_reading: chekeuauseul neutge hal su isseulkkayo?
note: 客人说的话。late check-out 是"延迟退房"。查一下当天的入住情况再回答。
register: neutral
tags: check-out late-check-out guest

id: hotel-09-012
lesson: hotel-09
zh: 下午两点前退房不收费；两点以后到六点，收半天房费。
zh_reading: xiàwǔ liǎng diǎn qián tuìfáng bù shōufèi; liǎng diǎn yǐhòu dào liù diǎn, shōu bàntiān fángfèi.
en: You're welcome to stay until 2 p.m. at no charge. After that, it's half the room rate until 6 p.m.
en_alt: Check-out at 2 p.m. is free; until 6 p.m. there's a half-day charge.
ja: 午後2時までは無料で延長いただけます。それ以降、午後6時までは半日分の料金を頂戴いたします。
ja_reading: gogo niji made wa muryō de enchō itadakemasu. sore ikō, gogo rokuji made wa hannichi-bun no ryōkin o chōdai itashimasu.
ja_kana: ごご にじ まで は むりょう で えんちょう いただけます。 それ いこう、 ごご ろくじ まで は はんにちぶん の りょうきん を ちょうだいいたします。
ko: 오후 2시까지는 무료로 연장해 드립니다. 그 이후 오후 6시까지는 반일 요금이 부과됩니다.
ko_reading: ohu du sikkajineun muryoro yeonjanghae deurimnida. geu ihu ohu yeoseot sikkajineun banil yogeumi bugwadoemnida.
note: 收费要在客人答应之前说清楚，不要等到结账时才告诉他。
register: polite
tags: check-out late-check-out price

id: hotel-09-013
lesson: hotel-09
zh: 请把房卡交还给我们。
zh_reading: qǐng bǎ fángkǎ jiāohuán gěi wǒmen.
en: May I have your key cards back, please?
en_alt: Could you return your key cards, please?
ja: カードキーのご返却をお願いいたします。
ja_reading: kādo kī no gohenkyaku o onegai itashimasu.
ja_kana: カード キー の ごへんきゃく を おねがいいたします。
ko: 카드키를 반납해 주시겠습니까?
ko_reading: kadeukireul bannapae jusigetseumnikka?
register: polite
tags: check-out key-card

id: hotel-09-014
lesson: hotel-09
zh: 快速退房的话，把房卡投进这个盒子就可以，账单会发到您的邮箱。
zh_reading: kuàisù tuìfáng dehuà, bǎ fángkǎ tóujìn zhège hézi jiù kěyǐ, zhàngdān huì fā dào nín de yóuxiāng.
en: For express check-out, just drop your key cards in this box and we'll email you the bill.
en_alt: You can use express check-out: leave your keys in this box and we'll email your bill.
ja: エクスプレスチェックアウトの場合は、カードキーをこちらのボックスに入れてください。明細はメールでお送りいたします。
ja_reading: ekusupuresu chekku auto no baai wa, kādo kī o kochira no bokkusu ni irete kudasai. meisai wa mēru de ookuri itashimasu.
ja_kana: エクスプレスチェックアウト の ばあい は、 カード キー を こちら の ボックス に いれて ください。 めいさい は メール で おおくりいたします。
ko: 빠른 체크아웃을 원하시면 카드키를 이 상자에 넣어 주십시오. 계산서는 이메일로 보내 드리겠습니다.
ko_reading: ppareun chekeuauseul wonhasimyeon kadeukireul i sangjae neoeo jusipsio. gyesanseoneun imeillo bonae deurigetseumnida.
register: polite
tags: check-out express

id: hotel-09-015
lesson: hotel-09
zh: 谢谢您的光临，一路平安！
zh_reading: xièxie nín de guānglín, yílù píng'ān!
en: Thank you for staying with us. Have a safe trip!
en_alt: Thank you for staying with us, and safe travels!
ja: ご利用ありがとうございました。どうぞお気をつけて。
ja_reading: goriyō arigatō gozaimashita. dōzo oki o tsukete.
ja_kana: ごりよう ありがとうございました。 どうぞ おき を つけて。
ko: 이용해 주셔서 감사합니다. 안녕히 가십시오.
ko_reading: iyonghae jusyeoseo gamsahamnida. annyeonghi gasipsio.
register: polite
tags: check-out farewell

# ---- 第10课：电话礼仪 ----

id: hotel-10-001
lesson: hotel-10
zh: 晚上好，前台，请问有什么可以帮您？
zh_reading: wǎnshang hǎo, qiántái, qǐngwèn yǒu shénme kěyǐ bāng nín?
en: Good evening, Front Desk. How may I help you?
en_alt: Front desk, how can I help you?
ja: はい、フロントでございます。
ja_reading: hai, furonto de gozaimasu.
ja_kana: はい、 フロントでございます。
ko: 네, 프런트입니다. 무엇을 도와드릴까요?
ko_reading: ne, peureonteuimnida. mueoseul dowadeurilkkayo?
note: 内线电话尽快接起，问候之后马上报出部门名称。不要拿起电话只说 "Hello?"。
+ 日语内线常只说「はい、フロントでございます」，然后等客人开口。
register: polite
tags: telephone greeting

id: hotel-10-002
lesson: hotel-10
zh: 请问您的房间号是多少？
zh_reading: qǐngwèn nín de fángjiān hào shì duōshao?
en: May I have your room number, please?
en_alt: Could I have your room number, please?
ja: お部屋番号をお伺いしてもよろしいでしょうか。
ja_reading: oheya bangō o oukagai shite mo yoroshii deshō ka.
ja_kana: おへや ばんごう を おうかがい して も よろしいでしょう か。
ko: 객실 번호를 말씀해 주시겠습니까?
ko_reading: gaeksil beonhoreul malsseumhae jusigetseumnikka?
register: polite
tags: telephone

id: hotel-10-003
lesson: hotel-10
zh: 我帮您转过去，请稍等。
zh_reading: wǒ bāng nín zhuǎn guòqu, qǐng shāo děng.
en: I'll put you through. One moment, please.
en_alt: Let me transfer you. Please hold.
ja: おつなぎいたしますので、少々お待ちください。
ja_reading: otsunagi itashimasu node, shōshō omachi kudasai.
ja_kana: おつなぎ いたします ので、 しょうしょう おまち ください。
ko: 연결해 드리겠습니다. 잠시만 기다려 주십시오.
ko_reading: yeongyeolhae deurigetseumnida. jamsiman gidaryeo jusipsio.
note: put you through 是"给您转接"。转接前先告诉客人要转到哪个部门。
register: polite
tags: telephone transfer

id: hotel-10-004
lesson: hotel-10
zh: 不好意思，房间里没有人接听，您要留言吗？
zh_reading: bù hǎoyìsi, fángjiān li méiyǒu rén jiētīng, nín yào liúyán ma?
en: I'm afraid there's no answer. Would you like to leave a message?
en_alt: There's no answer from the room. May I take a message?
ja: あいにくお出になりません。ご伝言を承りましょうか。
ja_reading: ainiku ode ni narimasen. godengon o uketamawarimashō ka.
ja_kana: あいにく おで に なりません。 ごでんごん を うけたまわりましょう か。
ko: 죄송하지만 전화를 받지 않으십니다. 메시지를 남기시겠습니까?
ko_reading: joesonghajiman jeonhwareul batji aneusimnida. mesijireul namgisigetseumnikka?
note: 外线来电时，不能把住客的房间号告诉对方，也不要随便确认某人是否住在本店。
+ 可以转接或记下留言，由客人自己决定是否回电。
register: polite
tags: telephone message privacy

id: hotel-10-005
lesson: hotel-10
zh: 能请您拼一下您的名字吗？
zh_reading: néng qǐng nín pīn yíxià nín de míngzi ma?
en: Could you spell your name for me, please?
en_alt: How do you spell that, please?
ja: お名前のつづりを教えていただけますか。
ja_reading: onamae no tsuzuri o oshiete itadakemasu ka.
ja_kana: おなまえ の つづり を おしえて いただけます か。
ko: 성함 철자를 불러 주시겠습니까?
ko_reading: seongham cheoljareul bulleo jusigetseumnikka?
register: polite
tags: telephone names spelling

id: hotel-10-006
lesson: hotel-10
zh: 是 B for Bravo 的 B 吗？
zh_reading: shì "B for Bravo" de B ma?
en: Is that B as in Bravo?
en_alt: B for Bravo?
note: 电话里 B 和 D、M 和 N、F 和 S 很容易听错。用国际通用的字母拼读法确认：
+ Alpha、Bravo、Charlie、Delta、Echo……说 "as in" 或 "for" 都可以。
register: neutral
tags: telephone names spelling

id: hotel-10-007
lesson: hotel-10
zh: 我跟您确认一下：1208房间的田中先生，明早六点半叫醒。
zh_reading: wǒ gēn nín quèrèn yíxià: yāo èr líng bā fángjiān de Tiánzhōng xiānsheng, míng zǎo liù diǎn bàn jiàoxǐng.
en: Let me read that back to you: Mr. Tanaka in room 1208, a wake-up call at 6:30 tomorrow morning.
en_alt: So that's a 6:30 wake-up call for Mr. Tanaka in room 1208.
ja: 復唱いたします。1208号室の田中様、明朝6時半のモーニングコールでございますね。
ja_reading: fukushō itashimasu. sen nihyaku hachi-gōshitsu no Tanaka-sama, myōchō rokuji han no mōningu kōru de gozaimasu ne.
ja_kana: ふくしょういたします。 せんにひゃくはちごうしつ の たなかさま、 みょうちょう ろくじはん の モーニング コールでございます ね。
ko: 확인하겠습니다. 1208호 다나카 님, 내일 아침 6시 30분 모닝콜 맞습니까?
ko_reading: hwaginhagetseumnida. cheonibaekpalho Danaka nim, naeil achim yeoseot si samsip bun moningkol matseumnikka?
note: 时间、房号、姓名一定复述确认。中文读房号时"1"读作 yāo；英语一位一位读：
+ "twelve oh eight" 或 "one two oh eight"。
register: polite
tags: telephone confirmation wake-up-call

id: hotel-10-008
lesson: hotel-10
zh: 您好，我是前台的李明，打电话是想跟您确认明天去机场的车。
zh_reading: nín hǎo, wǒ shì qiántái de Lǐ Míng, dǎ diànhuà shì xiǎng gēn nín quèrèn míngtiān qù jīchǎng de chē.
en: Hello, this is Li Ming from the front desk. I'm calling to confirm your airport car for tomorrow.
en_alt: Hello, it's Li Ming at the front desk, calling about your airport transfer tomorrow.
ja: フロントの李でございます。明日の空港までのお車の件でお電話いたしました。
ja_reading: furonto no Ri de gozaimasu. asu no kūkō made no okuruma no ken de odenwa itashimashita.
ja_kana: フロント の りでございます。 あす の くうこう まで の おくるま の けん で おでんわいたしました。
ko: 프런트의 리밍입니다. 내일 공항 가시는 차량 건으로 연락드렸습니다.
ko_reading: peureonteuui Riming-imnida. naeil gonghang gasineun charyang geoneuro yeollakdeuryeotseumnida.
note: 主动打给客人时，先报名字和部门，再说明来电目的。英语电话里说 "This is …"，
+ 不说 "I am …"。
register: polite
tags: telephone transport

id: hotel-10-009
lesson: hotel-10
zh: 这么晚打扰您，真不好意思。
zh_reading: zhème wǎn dǎrǎo nín, zhēn bù hǎoyìsi.
en: I'm sorry to call so late.
en_alt: Sorry to disturb you so late.
ja: 夜分遅くに申し訳ございません。
ja_reading: yabun osoku ni mōshiwake gozaimasen.
ja_kana: やぶん おそく に もうしわけございません。
ko: 늦은 시간에 전화드려 죄송합니다.
ko_reading: neujeun sigane jeonhwadeuryeo joesonghamnida.
note: 晚上九点以后或早上八点以前给客人打电话，先说这一句。不是急事就留言，别打扰客人休息。
register: polite
tags: telephone apology

id: hotel-10-010
lesson: hotel-10
zh: 信号不太好，我听不清楚，麻烦您再说一遍。
zh_reading: xìnhào bú tài hǎo, wǒ tīng bu qīngchu, máfan nín zài shuō yí biàn.
en: I'm sorry, the line isn't very clear. Could you say that again, please?
en_alt: Sorry, it's a bad line. Could you repeat that, please?
ja: 恐れ入りますが、お電話が少々遠いようです。もう一度お願いできますか。
ja_reading: osoreirimasu ga, odenwa ga shōshō tōi yō desu. mō ichido onegai dekimasu ka.
ja_kana: おそれいります が、 おでんわ が しょうしょう とおい ようです。 もういちど おねがい できます か。
ko: 전화 연결 상태가 좋지 않습니다. 다시 한번 말씀해 주시겠습니까?
ko_reading: jeonhwa yeongyeol sangtaega jochi anseumnida. dasi hanbeon malsseumhae jusigetseumnikka?
note: 把听不清说成线路的问题，不说 "You're not speaking clearly."。日语「お電話が遠い」
+ 是同样委婉的说法。
register: polite
tags: telephone understanding

id: hotel-10-011
lesson: hotel-10
zh: 晚上好，送餐服务，请问您要点什么？
zh_reading: wǎnshang hǎo, sòngcān fúwù, qǐngwèn nín yào diǎn shénme?
en: Good evening, Room Service. What can I get for you?
en_alt: Room service, what would you like to order?
ja: ルームサービスでございます。ご注文をお伺いいたします。
ja_reading: rūmu sābisu de gozaimasu. gochūmon o oukagai itashimasu.
ja_kana: ルーム サービスでございます。 ごちゅうもん を おうかがいいたします。
ko: 룸서비스입니다. 무엇을 주문하시겠습니까?
ko_reading: rumseobiseuimnida. mueoseul jumunhasigetseumnikka?
register: polite
tags: telephone room-service

id: hotel-10-012
lesson: hotel-10
zh: 大约三十分钟送到。
zh_reading: dàyuē sānshí fēnzhōng sòng dào.
en: It'll be with you in about thirty minutes.
en_alt: Your order will arrive in about half an hour.
ja: 30分ほどでお持ちいたします。
ja_reading: sanjuppun hodo de omochi itashimasu.
ja_kana: さんじゅっぷん ほどで おもちいたします。
ko: 30분 정도 걸립니다.
ko_reading: samsip bun jeongdo geollimnida.
note: 说 thirty（30）时重音在前（THIR-ty），免得客人听成 thirteen（13）。
register: polite
tags: telephone room-service time

id: hotel-10-013
lesson: hotel-10
zh: 明天早上六点叫醒我，好吗？
zh_reading: míngtiān zǎoshang liù diǎn jiàoxǐng wǒ, hǎo ma?
en: Could I have a wake-up call at six tomorrow morning?
en_alt: Can you wake me up at six tomorrow?
ja: 明日の朝6時にモーニングコールをお願いします。
ja_reading: ashita no asa rokuji ni mōningu kōru o onegai shimasu.
ja_kana: あした の あさ ろくじ に モーニング コール を おねがい します。
ko: 내일 아침 6시에 모닝콜 부탁합니다.
ko_reading: naeil achim yeoseot sie moningkol butakamnida.
note: 客人说的话。日本和韩国客人可能说 "morning call"，意思就是叫醒服务。
register: neutral
tags: telephone wake-up-call guest

id: hotel-10-014
lesson: hotel-10
zh: 感谢您的来电，再见。
zh_reading: gǎnxiè nín de láidiàn, zàijiàn.
en: Thank you for calling. Goodbye.
en_alt: Thanks for calling. Have a good evening.
ja: お電話ありがとうございました。失礼いたします。
ja_reading: odenwa arigatō gozaimashita. shitsurei itashimasu.
ja_kana: おでんわ ありがとうございました。 しつれいいたします。
ko: 전화 주셔서 감사합니다. 안녕히 계십시오.
ko_reading: jeonhwa jusyeoseo gamsahamnida. annyeonghi gyesipsio.
note: 等客人先挂电话，再轻轻放下听筒。
register: polite
tags: telephone farewell

# ---- 第11课：紧急情况与安全 ----

id: hotel-11-001
lesson: hotel-11
zh: 火警！请马上走楼梯离开，不要坐电梯。
zh_reading: huǒjǐng! qǐng mǎshàng zǒu lóutī líkāi, búyào zuò diàntī.
en: Fire alarm! Please leave now by the stairs. Do not use the lifts.
en_alt: There's a fire alarm. Please use the stairs, not the elevator.
ja: 火災警報です。エレベーターは使わず、階段ですぐに避難してください。
ja_reading: kasai keihō desu. erebētā wa tsukawazu, kaidan de sugu ni hinan shite kudasai.
ja_kana: かさい けいほうです。 エレベーター は つかわず、 かいだん で すぐ に ひなん して ください。
ko: 화재 경보입니다. 엘리베이터를 타지 마시고 계단으로 즉시 대피하십시오.
ko_reading: hwajae gyeongboimnida. ellibeiteoreul taji masigo gyedaneuro jeuksi daepihasipsio.
note: 紧急时句子要短、清楚、语气坚定，不必绕弯子。日语、韩语这时也用简洁的说法，
+ 不必用长敬语。
register: neutral
tags: emergency fire

id: hotel-11-002
lesson: hotel-11
zh: 请跟我来，紧急出口在这边。
zh_reading: qǐng gēn wǒ lái, jǐnjí chūkǒu zài zhèbiān.
en: Please follow me. The emergency exit is this way.
en_alt: Follow me, please. The exit is this way.
ja: 私についてきてください。非常口はこちらです。
ja_reading: watashi ni tsuite kite kudasai. hijōguchi wa kochira desu.
ja_kana: わたし に ついて きて ください。 ひじょうぐち は こちらです。
ko: 저를 따라오십시오. 비상구는 이쪽입니다.
ko_reading: jeoreul ttaraosipsio. bisangguneun ijjogimnida.
register: neutral
tags: emergency fire

id: hotel-11-003
lesson: hotel-11
zh: 请到酒店门前的广场集合。
zh_reading: qǐng dào jiǔdiàn mén qián de guǎngchǎng jíhé.
en: Please gather at the assembly point in front of the hotel.
en_alt: Please go to the square in front of the hotel.
ja: ホテル前の広場にお集まりください。
ja_reading: hoteru mae no hiroba ni oatsumari kudasai.
ja_kana: ホテル まえ の ひろば に おあつまり ください。
ko: 호텔 앞 광장에 모여 주십시오.
ko_reading: hotel ap gwangjange moyeo jusipsio.
note: 疏散后要清点客人，所以请大家到集合点，不要自行离开。
register: neutral
tags: emergency fire

id: hotel-11-004
lesson: hotel-11
zh: 您还好吗？哪里不舒服？
zh_reading: nín hái hǎo ma? nǎlǐ bù shūfu?
en: Are you all right? Where does it hurt?
en_alt: Are you OK? Are you in pain?
ja: 大丈夫ですか。どこが痛みますか。
ja_reading: daijōbu desu ka. doko ga itamimasu ka.
ja_kana: だいじょうぶです か。 どこ が いたみます か。
ko: 괜찮으십니까? 어디가 아프십니까?
ko_reading: gwaenchaneusimnikka? eodiga apeusimnikka?
register: polite
tags: emergency illness

id: hotel-11-005
lesson: hotel-11
zh: 我现在就打120叫救护车。
zh_reading: wǒ xiànzài jiù dǎ yāo èr líng jiào jiùhùchē.
en: I'm calling an ambulance right now.
en_alt: I'll call an ambulance now.
ja: すぐに救急車を呼びます。
ja_reading: sugu ni kyūkyūsha o yobimasu.
ja_kana: すぐ に きゅうきゅうしゃ を よびます。
ko: 지금 바로 구급차를 부르겠습니다.
ko_reading: jigeum baro gugeupchareul bureugetseumnida.
note: 120 是急救电话，免费。打电话时说清三件事：地点（酒店名称、地址、房号）、
+ 发生了什么、回拨号码。同时通知值班经理，派人到门口接救护车。
register: polite
tags: emergency illness ambulance

id: hotel-11-006
lesson: hotel-11
zh: 请先别动，医生马上就到。
zh_reading: qǐng xiān bié dòng, yīshēng mǎshàng jiù dào.
en: Please try not to move. The doctor is on the way.
en_alt: Please stay still. Help is on the way.
ja: 動かないでください。医師がすぐに参ります。
ja_reading: ugokanaide kudasai. ishi ga sugu ni mairimasu.
ja_kana: うごかないで ください。 いし が すぐ に まいります。
ko: 움직이지 마시고 편히 계십시오. 의사가 곧 도착합니다.
ko_reading: umjigiji masigo pyeonhi gyesipsio. uisaga got dochakamnida.
register: polite
tags: emergency illness

id: hotel-11-007
lesson: hotel-11
zh: 您有什么过敏吗？现在在吃什么药吗？
zh_reading: nín yǒu shénme guòmǐn ma? xiànzài zài chī shénme yào ma?
en: Do you have any allergies, or are you taking any medication?
en_alt: Are you allergic to anything, or on any medication?
ja: アレルギーや、服用中のお薬はございますか。
ja_reading: arerugī ya, fukuyō-chū no okusuri wa gozaimasu ka.
ja_kana: アレルギー や、 ふくようちゅう の おくすり は ございます か。
ko: 알레르기가 있거나 복용 중인 약이 있으십니까?
ko_reading: allereugiga itgeona bogyong jungin yagi isseusimnikka?
note: 把答案记下来，交给急救人员。medicine 和 medication 都可以说。
register: polite
tags: emergency illness

id: hotel-11-008
lesson: hotel-11
zh: 附近有一家医院设有国际部。
zh_reading: fùjìn yǒu yì jiā yīyuàn shè yǒu guójìbù.
en: There's a hospital nearby with an international department.
en_alt: A hospital near here has an international clinic.
ja: 近くに国際診療部のある病院がございます。
ja_reading: chikaku ni kokusai shinryōbu no aru byōin ga gozaimasu.
ja_kana: ちかく に こくさい しんりょうぶ の ある びょういん が ございます。
ko: 근처에 국제 진료센터가 있는 병원이 있습니다.
ko_reading: geuncheoe gukje jillyosenteoga inneun byeongwoni itseumnida.
note: 事先了解附近医院的国际部或外宾门诊在哪里、几点开，写在卡片上给客人。
register: polite
tags: emergency illness hospital
local: 青岛设国际部（外宾门诊）的医院：按酒店附近的实际情况填写
local_source: 青岛市卫生健康委员会 医疗机构信息

id: hotel-11-009
lesson: hotel-11
zh: 我的护照丢了。
zh_reading: wǒ de hùzhào diū le.
en: I've lost my passport.
en_alt: My passport is missing.
ja: パスポートをなくしてしまいました。
ja_reading: pasupōto o nakushite shimaimashita.
ja_kana: パスポート を なくして しまいました。
ko: 여권을 잃어버렸어요.
ko_reading: yeogwoneul ireobeoryeosseoyo.
note: 客人说的话。先安慰客人，问清最后一次在哪里看到，查一下房间、餐厅和失物招领。
register: neutral
tags: emergency passport guest

id: hotel-11-010
lesson: hotel-11
zh: 需要先去派出所报案，再到您国家的大使馆或领事馆补办。
zh_reading: xūyào xiān qù pàichūsuǒ bào'àn, zài dào nín guójiā de dàshǐguǎn huò lǐngshìguǎn bǔbàn.
en: You'll need to report it to the police first, then contact your embassy or consulate for a new one.
en_alt: First report it to the police, then get a replacement from your embassy or consulate.
ja: まず警察に届け出ていただき、その後、大使館か領事館で再発行の手続きをしてください。
ja_reading: mazu keisatsu ni todokedete itadaki, sono ato, taishikan ka ryōjikan de saihakkō no tetsuzuki o shite kudasai.
ja_kana: まず けいさつ に とどけでて いただき、 その あと、 たいしかん か りょうじかん で さいはっこう の てつづき を して ください。
ko: 먼저 경찰에 신고하신 후, 대사관이나 영사관에서 재발급을 받으셔야 합니다.
ko_reading: meonjeo gyeongchare singohasin hu, daesagwanina yeongsagwaneseo jaebalgeubeul badeusyeoya hamnida.
note: 可以帮客人查好最近的派出所和使领馆的地址、电话，用中文写下来。
register: polite
tags: emergency passport police
local: 护照报失：派出所或当地公安机关的出入境管理部门（名称、地址按青岛市公安局公布的为准）；在青岛设总领事馆的国家（如韩国、日本）
local_source: 青岛市公安局 外国人证件报失办事指南（未核对）；中华人民共和国外交部 外国驻华使领馆名录；在青岛日本国总领事馆网站（https://www.qingdao.cn.emb-japan.go.jp/）；驻青岛大韩民国总领事馆

id: hotel-11-011
lesson: hotel-11
zh: 要我帮您报警吗？
zh_reading: yào wǒ bāng nín bàojǐng ma?
en: Would you like me to call the police for you?
en_alt: Shall I call the police?
ja: 警察に通報いたしましょうか。
ja_reading: keisatsu ni tsūhō itashimashō ka.
ja_kana: けいさつ に つうほういたしましょう か。
ko: 경찰에 신고해 드릴까요?
ko_reading: gyeongchare singohae deurilkkayo?
note: 报警电话是110。很多外国客人不会说中文，酒店员工帮忙打电话、说明情况最有用。
register: polite
tags: emergency police

id: hotel-11-012
lesson: hotel-11
zh: 保安马上就到。
zh_reading: bǎo'ān mǎshàng jiù dào.
en: Security is on the way.
en_alt: Security will be here in a moment.
ja: 警備の者がすぐに参ります。
ja_reading: keibi no mono ga sugu ni mairimasu.
ja_kana: けいび の もの が すぐ に まいります。
ko: 보안 요원이 곧 도착합니다.
ko_reading: boan yowoni got dochakamnida.
register: polite
tags: emergency security

id: hotel-11-013
lesson: hotel-11
zh: 请留在房间里，用湿毛巾堵住门缝。
zh_reading: qǐng liú zài fángjiān li, yòng shī máojīn dǔzhù ménfèng.
en: Please stay in your room and put wet towels along the bottom of the door.
en_alt: Stay in your room and block the gap under the door with wet towels.
ja: お部屋から出ずに、濡れたタオルでドアの下の隙間をふさいでください。
ja_reading: oheya kara dezu ni, nureta taoru de doa no shita no sukima o fusaide kudasai.
ja_kana: おへや から でず に、 ぬれた タオル で ドア の した の すきま を ふさいで ください。
ko: 객실에 계시면서 젖은 수건으로 문 아래 틈을 막아 주십시오.
ko_reading: gaeksire gyesimyeonseo jeojeun sugeoneuro mun arae teumeul maga jusipsio.
note: 只在走廊烟很大、不能安全撤离时这样说。同时告诉客人：我们已经知道您在哪个房间，
+ 消防员会来，请在窗口示意。
register: neutral
tags: emergency fire

id: hotel-11-014
lesson: hotel-11
zh: 快叫救护车！
zh_reading: kuài jiào jiùhùchē!
en: Call an ambulance!
en_alt: Somebody call an ambulance!
ja: 救急車を呼んでください！
ja_reading: kyūkyūsha o yonde kudasai!
ja_kana: きゅうきゅうしゃ を よんで ください！
ko: 구급차 불러 주세요!
ko_reading: gugeupcha bulleo juseyo!
note: 客人说的话。听到就马上打120，并叫同事通知值班经理，不要先去问原因。
register: neutral
tags: emergency ambulance guest

id: hotel-11-015
lesson: hotel-11
zh: 在中国，急救打120，火警打119，报警打110。
zh_reading: zài Zhōngguó, jíjiù dǎ yāo èr líng, huǒjǐng dǎ yāo yāo jiǔ, bàojǐng dǎ yāo yāo líng.
en: In China, dial 120 for an ambulance, 119 for the fire service and 110 for the police.
en_alt: The emergency numbers here are 120 for an ambulance, 119 for fire and 110 for police.
ja: 中国では、救急車は120番、消防は119番、警察は110番です。
ja_reading: Chūgoku de wa, kyūkyūsha wa hyakunijū-ban, shōbō wa hyakujūkyū-ban, keisatsu wa hyakutō-ban desu.
ja_kana: ちゅうごく で は、 きゅうきゅうしゃ は ひゃくにじゅうばん、 しょうぼう は ひゃくじゅうきゅうばん、 けいさつ は ひゃくとおばんです。
ko: 중국에서는 구급차 120번, 화재 119번, 경찰 110번입니다.
ko_reading: junggugeseoneun gugeupcha irigong beon, hwajae irilgu beon, gyeongchal irilgong beonimnida.
note: 日本和韩国的急救、火警都是119，韩国报警是112，美国是911，客人可能按习惯拨错。
+ 交通事故打122。这些电话免费，但不一定有英语接线员，最好由员工帮忙打。
register: neutral
tags: emergency numbers

# ---- 第12课：接待不同需求的客人 ----

id: hotel-12-001
lesson: hotel-12
zh: 请问您有什么忌口或者过敏吗？
zh_reading: qǐngwèn nín yǒu shénme jìkǒu huòzhě guòmǐn ma?
en: Do you have any dietary requirements or allergies?
en_alt: Is there anything you don't eat, or any allergies?
ja: お召し上がりになれないものや、アレルギーはございますか。
ja_reading: omeshiagari ni narenai mono ya, arerugī wa gozaimasu ka.
ja_kana: おめしあがり に なれない もの や、 アレルギー は ございます か。
ko: 드시지 않는 음식이나 알레르기가 있으십니까?
ko_reading: deusiji anneun eumsigina allereugiga isseusimnikka?
note: 直接问客人，不要根据国籍或宗教去猜：同一信仰的人，遵守的规矩也不一样。
register: polite
tags: diverse dietary

id: hotel-12-002
lesson: hotel-12
zh: 我吃素。
zh_reading: wǒ chī sù.
en: I'm vegetarian.
en_alt: I'm a vegetarian.
en_alt: I don't eat meat.
ja: ベジタリアンです。
ja_reading: bejitarian desu.
ja_kana: ベジタリアンです。
ko: 저는 채식주의자예요.
ko_reading: jeoneun chaesikjuuijayeyo.
note: 客人说的话。vegetarian 多数吃蛋和奶，vegan 不吃任何动物性食品（包括蛋和奶）。
+ 有的客人也不吃鱼，问清楚再推荐。
register: neutral
tags: diverse dietary vegetarian guest

id: hotel-12-003
lesson: hotel-12
zh: 这里面有猪肉吗？
zh_reading: zhè lǐmiàn yǒu zhūròu ma?
en: Does this have any pork in it?
en_alt: Is there pork in this?
en_alt: Does this contain pork?
en_alt: Is there any pork in this?
ja: これに豚肉は入っていますか。
ja_reading: kore ni butaniku wa haitte imasu ka.
ja_kana: これ に ぶたにく は はいって います か。
ko: 이거 돼지고기 들어 있어요?
ko_alt: 여기에 돼지고기 들어가요?
ko_reading: igeo dwaejigogi deureo isseoyo?
note: 客人说的话。对清真饮食的客人，猪油、猪骨汤、用猪做的明胶也算猪肉；
+ 不确定就去问厨房，千万不要猜。
register: neutral
tags: diverse dietary halal guest

id: hotel-12-004
lesson: hotel-12
zh: 这几道菜是清真的，不含猪肉和酒。
zh_reading: zhè jǐ dào cài shì qīngzhēn de, bù hán zhūròu hé jiǔ.
en: These dishes are halal. They contain no pork and no alcohol.
en_alt: These dishes are halal, with no pork or alcohol.
ja: こちらはハラール対応のお料理で、豚肉とアルコールは使用しておりません。
ja_reading: kochira wa harāru taiō no oryōri de, butaniku to arukōru wa shiyō shite orimasen.
ja_kana: こちら は ハラール たいおう の おりょうり で、 ぶたにく と アルコール は しよう して おりません。
ko: 이 요리들은 할랄 음식으로, 돼지고기와 술이 들어가지 않습니다.
ko_reading: i yorideureun hallal eumsigeuro, dwaejigogiwa suri deureogaji anseumnida.
note: 只有经过认证或厨房确认过的才能说 halal。酒也包括做菜用的料酒。
register: polite
tags: diverse dietary halal

id: hotel-12-005
lesson: hotel-12
zh: 我去跟厨房确认一下配料。
zh_reading: wǒ qù gēn chúfáng quèrèn yíxià pèiliào.
en: Let me check the ingredients with the kitchen.
en_alt: I'll check with the chef.
ja: 厨房に材料を確認してまいります。
ja_reading: chūbō ni zairyō o kakunin shite mairimasu.
ja_kana: ちゅうぼう に ざいりょう を かくにん して まいります。
ko: 주방에 재료를 확인해 보겠습니다.
ko_reading: jubange jaeryoreul hwaginhae bogetseumnida.
note: 不知道就说去问，不要凭印象回答。过敏说错了可能有生命危险。
register: polite
tags: diverse dietary allergy

id: hotel-12-006
lesson: hotel-12
zh: 我们可以为您准备不含坚果的早餐。
zh_reading: wǒmen kěyǐ wèi nín zhǔnbèi bù hán jiānguǒ de zǎocān.
en: We can prepare a nut-free breakfast for you.
en_alt: We can make you a breakfast without any nuts.
ja: ナッツを使わないご朝食をご用意できます。
ja_reading: nattsu o tsukawanai gochōshoku o goyōi dekimasu.
ja_kana: ナッツ を つかわない ごちょうしょく を ごようい できます。
ko: 견과류가 들어가지 않은 조식을 준비해 드릴 수 있습니다.
ko_reading: gyeongwaryuga deureogaji aneun josigeul junbihae deuril su itseumnida.
register: polite
tags: diverse dietary allergy breakfast

id: hotel-12-007
lesson: hotel-12
zh: 斋月期间，我们可以在黎明前为您准备餐食。
zh_reading: zhāiyuè qījiān, wǒmen kěyǐ zài límíng qián wèi nín zhǔnbèi cānshí.
en: During Ramadan, we can serve you a meal before dawn.
en_alt: During Ramadan, we can prepare an early meal before dawn.
ja: ラマダン期間中は、夜明け前にお食事をご用意できます。
ja_reading: ramadan kikan-chū wa, yoake mae ni oshokuji o goyōi dekimasu.
ja_kana: ラマダン きかんちゅう は、 よあけ まえ に おしょくじ を ごようい できます。
ko: 라마단 기간에는 해 뜨기 전에 식사를 준비해 드릴 수 있습니다.
ko_reading: ramadan giganeneun hae tteugi jeone siksareul junbihae deuril su itseumnida.
note: 斋月期间，穆斯林从黎明到日落不吃不喝。白天不要给他们递吃的喝的来"客气"，
+ 日落后的晚餐可以提前安排。
register: polite
tags: diverse dietary ramadan religion

id: hotel-12-008
lesson: hotel-12
zh: 有安静的地方可以祈祷吗？
zh_reading: yǒu ānjìng de dìfang kěyǐ qídǎo ma?
en: Is there a quiet place where I can pray?
en_alt: Is there somewhere quiet I could pray?
ja: お祈りができる静かな場所はありますか。
ja_reading: oinori ga dekiru shizuka na basho wa arimasu ka.
ja_kana: おいのり が できる しずかな ばしょ は あります か。
ko: 조용히 기도할 수 있는 곳이 있나요?
ko_reading: joyonghi gidohal su inneun gosi innayo?
note: 客人说的话。可以安排一间空的会议室或安静的角落，不要表现出好奇或为难。
register: neutral
tags: diverse religion prayer guest

id: hotel-12-009
lesson: hotel-12
zh: 麦加的方向是这边。需要的话，我们可以为您准备礼拜毯。
zh_reading: Màijiā de fāngxiàng shì zhèbiān. xūyào dehuà, wǒmen kěyǐ wèi nín zhǔnbèi lǐbàitǎn.
en: Mecca is in this direction. We can also bring you a prayer mat if you'd like.
en_alt: This is the direction of Mecca, and we can provide a prayer mat.
ja: メッカの方角はこちらでございます。よろしければ、礼拝用のマットもご用意いたします。
ja_reading: mekka no hōgaku wa kochira de gozaimasu. yoroshikereba, reihai-yō no matto mo goyōi itashimasu.
ja_kana: メッカ の ほうがく は こちらでございます。 よろしければ、 れいはいよう の マット も ごよういいたします。
ko: 메카 방향은 이쪽입니다. 필요하시면 기도용 매트도 준비해 드리겠습니다.
ko_reading: meka banghyangeun ijjogimnida. piryohasimyeon gidoyong maeteudo junbihae deurigetseumnida.
note: 方向要事先用指南针确认好，不要凭感觉指。只在酒店确实有礼拜毯时才这样说。
register: polite
tags: diverse religion prayer

id: hotel-12-010
lesson: hotel-12
zh: 我们有无障碍客房，门比较宽，浴室有扶手。
zh_reading: wǒmen yǒu wúzhàng'ài kèfáng, mén bǐjiào kuān, yùshì yǒu fúshǒu.
en: We have accessible rooms with wider doors and grab bars in the bathroom.
en_alt: Our accessible rooms have wide doors and bathroom grab bars.
ja: バリアフリールームがございます。ドアが広く、浴室には手すりがございます。
ja_reading: bariafurī rūmu ga gozaimasu. doa ga hiroku, yokushitsu ni wa tesuri ga gozaimasu.
ja_kana: バリアフリー ルーム が ございます。 ドア が ひろく、 よくしつ に は てすり が ございます。
ko: 배리어프리 객실이 있습니다. 문이 넓고 욕실에 안전 손잡이가 설치되어 있습니다.
ko_reading: baerieopeuri gaeksiri itseumnida. muni neolgo yoksire anjeon sonjabiga seolchidoeeo itseumnida.
note: 英语说 accessible room，不说 "disabled room" 或 "handicapped room"。
register: polite
tags: diverse accessibility

id: hotel-12-011
lesson: hotel-12
zh: 需要帮忙吗？您希望我怎么帮您？
zh_reading: xūyào bāngmáng ma? nín xīwàng wǒ zěnme bāng nín?
en: Would you like some help? How can I best help you?
en_alt: May I help? Just tell me how.
ja: お手伝いいたしましょうか。どのようにお手伝いすればよろしいでしょうか。
ja_reading: otetsudai itashimashō ka. dono yō ni otetsudai sureba yoroshii deshō ka.
ja_kana: おてつだいいたしましょう か。 どの よう に おてつだい すれば よろしいでしょう か。
ko: 도와드릴까요? 어떻게 도와드리면 될까요?
ko_reading: dowadeurilkkayo? eotteoke dowadeurimyeon doelkkayo?
note: 先问，等对方答应，再按他说的方式帮。不要不问就推轮椅或拉盲人客人的胳膊；
+ 和客人本人说话，不要只对他的同伴说。
register: polite
tags: diverse accessibility help

id: hotel-12-012
lesson: hotel-12
zh: 导盲犬可以进入酒店各处，包括餐厅。
zh_reading: dǎomángquǎn kěyǐ jìnrù jiǔdiàn gè chù, bāokuò cāntīng.
en: Guide dogs are welcome everywhere in the hotel, including the restaurant.
en_alt: Your guide dog is welcome throughout the hotel.
ja: 盲導犬は、レストランを含めホテル内どこでもご同伴いただけます。
ja_reading: mōdōken wa, resutoran o fukume hoteru-nai doko demo godōhan itadakemasu.
ja_kana: もうどうけん は、 レストラン を ふくめ ホテルない どこ でも ごどうはん いただけます。
ko: 안내견은 레스토랑을 포함해 호텔 어디든 함께 들어가실 수 있습니다.
ko_reading: annaegyeoneun reseutorangeul pohamhae hotel eodideun hamkke deureogasil su itseumnida.
note: 导盲犬在工作，不要摸它、喂它、逗它或叫它的名字；有事跟主人说。
register: polite
tags: diverse accessibility guide-dog

id: hotel-12-013
lesson: hotel-12
zh: 我们可以在房间里加一张婴儿床。
zh_reading: wǒmen kěyǐ zài fángjiān li jiā yì zhāng yīng'érchuáng.
en: We can put a baby cot in your room.
en_alt: We can add a crib to your room.
ja: お部屋にベビーベッドをご用意できます。
ja_reading: oheya ni bebī beddo o goyōi dekimasu.
ja_kana: おへや に ベビーベッド を ごようい できます。
ko: 객실에 아기 침대를 놓아 드릴 수 있습니다.
ko_reading: gaeksire agi chimdaereul noa deuril su itseumnida.
note: 婴儿床英国说 cot，美国说 crib；美国英语的 cot 是折叠床，别弄混。
register: polite
tags: diverse family children

id: hotel-12-014
lesson: hotel-12
zh: 跟您确认一下：一间大床房，住三晚，对吗？
zh_reading: gēn nín quèrèn yíxià: yì jiān dàchuángfáng, zhù sān wǎn, duì ma?
en: So that's one double room for three nights?
en_alt: Just to confirm, one double room for three nights?
en_alt: So that's one king room for three nights?
ja: ダブルルーム1室、3泊でお間違いないでしょうか。
ja_reading: daburu rūmu isshitsu, sanpaku de omachigai nai deshō ka.
ja_kana: ダブル ルーム いっしつ、 さんぱく で おまちがいないでしょう か。
ko: 더블룸 1실, 3박 맞습니까?
ko_reading: deobeullum ilsil, sambak matseumnikka?
note: 两位同性客人订一张大床时，像对其他客人一样平常地确认，不要问 "Are you sure?"，
+ 也不要暗示他们订错了房型。
register: polite
tags: diverse lgbtq confirmation

id: hotel-12-015
lesson: hotel-12
zh: 请问您希望我们怎么称呼您？
zh_reading: qǐngwèn nín xīwàng wǒmen zěnme chēnghu nín?
en: How would you like us to address you?
en_alt: What name would you like us to use?
ja: どのようにお呼びすればよろしいでしょうか。
ja_reading: dono yō ni oyobi sureba yoroshii deshō ka.
ja_kana: どの よう に および すれば よろしいでしょう か。
ko: 어떻게 불러 드리면 좋을까요?
ko_reading: eotteoke bulleo deurimyeon joeulkkayo?
note: 拿不准时不要凭外表判断用 sir 还是 madam，可以用 "Good evening, welcome."
+ 这类中性问候。客人告诉你的名字和称呼，记进系统，全店都照着用。
register: polite
tags: diverse lgbtq address

id: hotel-12-016
lesson: hotel-12
zh: 不满十二岁的儿童和大人同住免费。
zh_reading: bù mǎn shí'èr suì de értóng hé dàrén tóng zhù miǎnfèi.
en: Children under twelve stay free when sharing a room with an adult.
en_alt: Kids under twelve stay free in the same room as an adult.
ja: 12歳未満のお子様は、大人の方と同室の場合、無料でございます。
ja_reading: jūnisai miman no okosama wa, otona no kata to dōshitsu no baai, muryō de gozaimasu.
ja_kana: じゅうにさい みまん の おこさま は、 おとな の かた と どうしつ の ばあい、 むりょうでございます。
ko: 12세 미만 어린이는 성인과 같은 객실에 묵으시면 무료입니다.
ko_reading: sibise miman eorinineun seongingwa gateun gaeksire mugeusimyeon muryoimnida.
note: 年龄界限要说准：under twelve 是"不满十二岁"，不含十二岁；中文说"十二岁以下"
+ 通常包括十二岁，翻译时容易出错。
register: polite
tags: diverse family children price

%rec: Courtesy
%key: id

id: hotel-01-c01
lesson: hotel-01
region: ES
situation: 一位客人发邮件订房，署名是 "María García López"。第二天您打电话跟她确认预订，
+ 开口应该怎样称呼她？
option_a: "Ms. López"——最后一个词就是姓。
option_b: "Ms. García"
option_c: "María"——叫名字显得亲切。
option_d: "Mrs. María"
answer: b
explanation: 西班牙和许多拉丁美洲国家的人常有两个姓：前一个来自父亲，后一个来自母亲。
+ 平时称呼用第一个姓，所以是 "Ms. García"。把最后一个词当成姓，是很常见的错误。
+ 客人没请您叫她的名字之前，不要直呼 "María"；"Mrs. María" 把称谓和名字搭在一起，也不对。
+ 拿不准时可以问："How would you like me to address you?"
reference: https://www.wintranslation.com/cross-cultural-naming-conventions/
reference: https://www.w3.org/International/questions/qa-personal-names
tags: address names reservation

id: hotel-01-c02
lesson: hotel-01
region: global
situation: 晚上十点，一对拖着行李的外国夫妇没有预订，直接来到前台要一间房。
+ 今晚已经满房。您怎么回答最好？
option_a: "No room. Sorry." 然后低头继续忙别的。
option_b: "It's hotel policy, we can't help walk-in guests tonight."
option_c: 先道歉说明今晚满房，然后主动帮他们打电话问附近的酒店，并告诉他们明天可以入住的房型。
option_d: 建议他们自己用手机上网找酒店。
answer: c
explanation: 礼貌地拒绝有几个步骤：表示理解，简单说明原因，给出替代办法，需要时主动跟进。
+ 只说 "No room" 或拿"酒店规定"当挡箭牌，客人会觉得被拒之门外；让他们自己上网找，
+ 等于把问题推回给客人。深夜到店的客人最需要的，是您帮他们找到今晚能住的地方。
reference: https://www.eapronantes-formation.com/en/post/how-to-say-no-to-your-guest-without-damaging-the-customer-relation
reference: https://en.wikipedia.org/wiki/Service_recovery_paradox
tags: refusal walk-in reservation

id: hotel-02-c01
lesson: hotel-02
region: CN
situation: 一位外国客人办理入住时不愿意交出护照："In my country, hotels don't need my passport.
+ Why do you need it?" 您应该怎么做？
option_a: 说明中国法律要求酒店为外国客人登记住宿，扫描后当场归还护照。
option_b: 为了让客人满意，这次就不登记了，先给房卡，等他愿意时再补登记。
option_c: 把护照收下，说退房时再还给他，当作押金。
option_d: 告诉他去派出所自己办登记，办好了再来入住。
answer: a
explanation: 《出境入境管理法》第三十九条规定，旅馆应当为外国人办理住宿登记，
+ 并向所在地公安机关报送信息，所以不能省略。客人不了解时，平静说明这是法律要求，
+ 不是酒店自己的规矩，扫描或登记后马上当面归还护照。扣留护照当押金既不必要，
+ 也会让客人非常不安；让客人自己去派出所，则是把酒店的责任推给客人；
+ 先入住、以后再补登记，也违反规定。
reference: https://chinasurvivalkit.com/blog/china-hotel-check-in-foreigner
reference: 《中华人民共和国出境入境管理法》第三十九条
reference: http://jiyuan.gov.cn/gov_special/zsyz/wstz_zsyz/syzy/t965990.html
tags: check-in passport law

id: hotel-02-c02
lesson: hotel-02
region: JP KR
situation: 一家韩国客人来入住，系统自动分给他们1404房。同一房型还有好几间空房。
+ 您应该怎么做？
option_a: 照常给1404房，数字只是迷信，不用管。
option_b: 问客人："Are you afraid of the number four?"
option_c: 给1404房，并笑着告诉客人"四"在中文里是什么意思。
option_d: 顺手换一间号码里没有4的同类房间，不必特别解释。
answer: d
explanation: 在中文、日语和韩语里，"四"的读音都和"死"相近，很多楼宇因此不设4楼或
+ 跳过带4的房号。有空房时悄悄换一间就能避免客人心里不舒服；没有别的房间时，也要自然地
+ 交给客人，不要把它当成话题。开玩笑或当面问"怕不怕"，反而会让客人尴尬。
reference: https://curiousexpeditions.org/what-is-the-unlucky-hotel-number/
reference: https://en.wikipedia.org/wiki/Tetraphobia
reference: https://en.wikipedia.org/wiki/Thirteenth_floor
tags: numbers check-in taboo

id: hotel-03-c01
lesson: hotel-03
region: CN
situation: 一位外国客人在大堂吧坐下后点起了一支烟。大堂属于室内禁烟区。您应该怎么做？
option_a: 装作没看见，免得得罪客人。
option_b: 隔着几张桌子大声喊 "No smoking!"，让其他客人也看到酒店在管。
option_c: 走过去小声说明室内禁烟，并告诉他室外吸烟区在哪里。
option_d: 直接把他的烟拿走掐灭。
answer: c
explanation: 《青岛市控制吸烟条例》自2013年9月1日起禁止在室内公共场所和工作场所吸烟。
+ 装作没看见，别的客人要忍受烟味，酒店也没守住禁烟的规定；大声呵斥或动手拿烟则让客人当众难堪。走近、小声说明、
+ 给出可以吸烟的地方，既守规定又照顾客人的面子。
reference: https://global.chinadaily.com.cn/china/2015-12/28/content_22834827_9.htm
reference: http://www.chinadaily.com.cn/china/2014-11/29/content_18996868.htm
tags: smoking facilities
reference: 《青岛市控制吸烟条例》
local: 室内公共场所和工作场所禁止吸烟（《青岛市控制吸烟条例》）；场所的劝阻责任、罚则和条文号按正式文本核对后才写
local_source: 《青岛市控制吸烟条例》（青岛市人大常委会 2013 年 6 月 27 日通过，2013 年 9 月 1 日起施行）；条文号未按正式文本核对，不写

id: hotel-03-c02
lesson: hotel-03
region: TH
situation: 您在健身房给一位泰国客人递毛巾，她双手合十、微微低头向您致意（wai）。您应该怎样回应？
option_a: 马上还一个比她更低、更正式的合十礼。
option_b: 微笑着轻轻回一个合十礼，说 "You're welcome."
option_c: 伸出手要和她握手。
option_d: 不回应，继续整理毛巾。
answer: b
explanation: 合十礼（wai）是泰国人的问候和致谢方式。客人真诚地向您合十，习惯上要回礼：
+ 双手在胸前轻轻合十、微笑，再说一句 "You're welcome." 就很得体。
+ 回一个比客人更低、更正式的合十礼会显得过分，
+ 突然伸手握手不合她的习惯，没有任何回应则显得冷淡。
reference: https://en.wikipedia.org/wiki/Wai_(gesture)
tags: greeting gestures

id: hotel-04-c01
lesson: hotel-04
region: US
situation: 行李员把一位美国客人的行李送进房间，介绍完设备后，客人递过来20元说 "Thank you, this is for you."
+ 酒店规定员工不收小费。行李员应该怎么做？
option_a: 微笑道谢，说明酒店不收小费，礼貌地把钱退还。
option_b: 皱着眉说 "No tips in China!"，把钱推回去。
option_c: 收下钱，反正客人是自愿的。
option_d: 假装没看见，直接出门。
answer: a
explanation: 在美国，小费是服务业收入的重要部分，给行李员小费是表达感谢的习惯，客人完全是好意。中国大陆一般没有给小费的习惯，很多酒店规定员工不收。既然规定不收，就要微笑、感谢、说明原因，比如 "That's very kind of you, but it's not necessary. Thank you!"，
+ 让客人不觉得尴尬；板着脸拒绝或假装没看见都会让好意落空。如果酒店允许收小费，真诚道谢收下即可。
reference: https://en.wikivoyage.org/wiki/Tipping
reference: https://travelerstoday.com/articles/21222/20160118/tipping-in-different-countries.htm
reference: http://www.chicagotribune.com/features/tribu/sc-fam-0513-lifeskills-tipping-20100513,0,499024.story
tags: tipping bell
local: 货币单位：人民币元；20 元是示例金额；不收小费是酒店的规定，不是法规
local_source: 《中华人民共和国中国人民银行法》第十六条（人民币是法定货币）；例中金额是示例，不是规定价格

id: hotel-04-c02
lesson: hotel-04
region: TH
situation: 一家泰国客人入住，带着一个五岁左右的小男孩。行李员想对孩子表示友好，怎么做最合适？
option_a: 摸摸孩子的头，夸他可爱。
option_b: 不问父母就给孩子一颗糖。
option_c: 把孩子抱起来逗他玩。
option_d: 蹲下来微笑着跟孩子打招呼，不碰他。
answer: d
explanation: 在泰国和其他一些佛教国家，头被视为身体最神圣的部位，摸别人的头——即使是小孩的头——
+ 也会冒犯人。蹲下来和孩子平视、微笑问好，既友好又不越界。抱孩子或不经父母同意给零食，
+ 在很多文化里都会让父母不安。
reference: https://www.worldsim.com/blog/cultural-differences-hand-signals
reference: https://www.lonelyplanet.com/thailand/surin-islands-marine-national-park/practical-information/directory/etiquette/a/nar/e407a35a-0236-4498-8215-e57c673f9267/1002440
tags: children touch gestures

id: hotel-05-c02
lesson: hotel-05
region: global
situation: 走廊里，一位外国客人带着一个金发的小女孩经过，同事拿出手机想拍下来发朋友圈。
+ 您应该怎么做？
option_a: 一起偷偷拍，不发正脸就没关系。
option_b: 提醒同事不要拍：给客人和孩子拍照要先征得父母同意。
option_c: 走过去直接问孩子愿不愿意拍照。
option_d: 只要不发到网上，拍了留作纪念也可以，孩子太可爱了，客人不会介意。
answer: b
explanation: 给别人拍照前应该先征得同意，别人说不就要立刻接受；给孩子拍照必须经过父母同意。
+ 酒店员工更要注意：除了法律要求的入住登记以外，不给客人或他们的证件拍照。
+ 偷拍、只问孩子、或者"只拍不发"，都没有尊重客人的隐私。客人请您帮他们拍照，则完全没问题。
reference: https://help.wendywutours.com.au/knowledge/travel-with-consideration-china
reference: http://en.people.cn/205040/7856860.html
tags: photography privacy children

id: hotel-06-c01
lesson: hotel-06
region: global
situation: 半夜十二点，一位客人打电话到前台，很不高兴地说房间空调坏了，热得睡不着。
+ 您怎么回应最好？
option_a: 道歉，问清情况，马上派值班工程人员或提供换房，处理后再打电话确认客人是否满意。
option_b: "Engineering is closed now. Please call again tomorrow morning."
option_c: 建议客人先开窗睡一晚。
option_d: 不问情况，先答应给客人打折。
answer: a
explanation: 处理投诉的顺序是：倾听、道歉、行动、跟进。夜里也要马上想办法：派人、送风扇或换房，
+ 并在处理后回访。把客人推到第二天，或让他自己将就，会让一个小故障变成差评；
+ 不问清楚就先许诺打折，既解决不了问题，也可能超出自己的权限。
reference: https://www.eapronantes-formation.com/en/post/how-to-say-no-to-your-guest-without-damaging-the-customer-relation
reference: https://en.wikipedia.org/wiki/Service_recovery_paradox
tags: complaint room-problem follow-up

id: hotel-06-c02
lesson: hotel-06
region: IT
situation: 一位意大利女客人拿着1717房的房卡回到前台，有点不好意思地问能不能换一间，
+ 说 "Seventeen is not a lucky number for us." 有同类空房。您应该怎么做？
option_a: 告诉她在中国17不是坏数字，不用担心。
option_b: 笑着说 "We have no room 13 or 4, but 17 is fine!"
option_c: 爽快地换一间同类房间，不评论这个数字。
option_d: 告诉她换房要加钱升级。
answer: c
explanation: 哪些数字不吉利，各地习俗不同：许多西方酒店不设13楼，中国楼宇常避开4。
+ 客人说某个数字对他们不吉利，就是文化习惯，不需要验证。有空房就爽快地换，不需要争论或开玩笑；
+ 为一个合理的小要求收费，也会让客人觉得被为难。
reference: https://en.wikipedia.org/wiki/Thirteenth_floor
reference: https://en.wikipedia.org/wiki/Tetraphobia
tags: numbers taboo room-change

id: hotel-07-c01
lesson: hotel-07
region: global
situation: 一位客人晚上九点的航班，想延迟到下午六点退房。今天满房，下午就有新客人要入住这间房。
+ 您怎样回答最好？
option_a: "No, check-out is at twelve. It's hotel policy."
option_b: 先答应下来，到时候再看情况。
option_c: 告诉客人要延迟退房就得再付一整晚的房费，不说别的办法。
option_d: 说明今天满房没法延到六点，然后提出可以延到一点、免费寄存行李，并告诉客人可以使用健身房的淋浴。
answer: d
explanation: 礼貌拒绝不是只说"不"：先表示理解，简单说明原因，再给出能做到的替代办法。
+ 拿规定当挡箭牌会让客人觉得被敷衍；先答应做不到的事，之后反悔，比当场拒绝更糟；
+ 只报价、不提供其他办法，客人会觉得酒店只想收钱。
reference: https://www.englishclass101.com/lesson/hospitality-english-for-hotels-24-polite-refusals/?lp=84
reference: https://en.wikipedia.org/wiki/Service_recovery_paradox
tags: refusal late-check-out

id: hotel-07-c02
lesson: hotel-07
region: global
situation: 一位客人拿着账单来到前台，声音很大地说他被多收了两晚的迷你吧费用。
+ 您应该先做什么？
option_a: 马上解释系统是自动计费的，不会出错，请他回忆一下是不是自己记错了。
option_b: 让他说完，道歉并马上核对，查清后更正，再跟他确认。
option_c: 请他去另一个柜台找经理。
option_d: 还没查账就先递一张代金券，希望他消气。
answer: b
explanation: 服务补救从倾听开始。先让客人把话说完，再道歉、核查、纠正，最后确认客人满意。
+ 一上来就说客人错了，只会让冲突升级；把客人推给别人，客人会觉得没人负责；
+ 不查清楚就先给补偿，既没有解决问题，也可能是多给了。
reference: https://www.eapronantes-formation.com/en/post/how-to-say-no-to-your-guest-without-damaging-the-customer-relation
reference: https://en.wikipedia.org/wiki/Service_recovery_paradox
tags: complaint bill listening

id: hotel-08-c01
lesson: hotel-08
region: IN
situation: 一位印度客人请礼宾部推荐晚餐的地方。附近最有名的是一家牛肉火锅店。您怎么做最好？
option_a: 先问客人有没有饮食上的讲究，再推荐合适的餐厅。
option_b: 直接推荐牛肉火锅，因为它最有名。
option_c: 认定印度人都吃素，只推荐素食餐厅，这样肯定不会冒犯他。
option_d: 推荐海鲜，港口城市就该吃海鲜。
answer: a
explanation: 印度教徒不吃牛肉，很多人吃素（但奶和酸奶一般可以吃）；不过不是每位印度客人
+ 都信印度教，也不是每个人都吃素。最稳妥的做法是先问，再按客人的回答推荐。
+ 直接推荐牛肉火锅可能冒犯客人，凭国籍断定"都吃素"是刻板印象，不问就推荐海鲜也可能不合适。
reference: https://blog.burkett.com/2012/12/20/what-are-dietary-restrictions-of-certain-religions/
reference: https://www.gvsu.edu/interfaith/dietary-considerations-163.htm
tags: dietary concierge religion

id: hotel-08-c02
lesson: hotel-08
region: PH
situation: 一位菲律宾客人站在大堂另一头，您想请他到礼宾台来看地图。用什么手势最合适？
option_a: 伸出食指朝自己勾一勾。
option_b: 打个响指引起他注意。
option_c: 手掌向下，朝自己轻轻招几下，同时微笑说 "This way, please."
option_d: 隔着大堂大声喊 "Sir! Come here, please!"
answer: c
explanation: 在菲律宾和中国，用一根手指勾人过来被视为很不礼貌，像在叫唤动物。
+ 要招呼人就手掌向下轻轻招手，或张开手掌示意方向，再配上一句话。
+ 打响指、隔着大堂大声喊人，在大多数文化里都显得轻慢；走近再说才礼貌。
reference: https://www.worldsim.com/blog/cultural-differences-hand-signals
reference: https://www.fodors.com/world/asia/philippines/travel-tips/etiquette-253762860
tags: gestures concierge

id: hotel-08-c03
lesson: hotel-08
region: BR
situation: 一位巴西客人在大堂另一边，用眼神问您出租车订好了没有。您想告诉他"都办好了"，
+ 怎么做最稳妥？
option_a: 用拇指和食指圈成 "OK" 的手势，这个手势全世界都懂。
option_b: 竖起大拇指。
option_c: 远远地挥挥手。
option_d: 走过去微笑点头，告诉他车订好了、十分钟后到。
answer: d
explanation: "OK" 手势在巴西、希腊和土耳其有粗俗的意思（在日本还表示"钱"）；竖大拇指
+ 在伊朗等地也被视为不礼貌。手势的意思因文化而异，
+ 最稳妥的是走过去用话说清楚。远远挥手，客人可能以为您在打招呼或叫他过来。
reference: http://www.npr.org/sections/talk/2008/12/around_the_world_in_insults.html
reference: https://sites.psu.edu/global/2020/10/27/when-ok-isnt-ok
tags: gestures concierge taxi

id: hotel-09-c01
lesson: hotel-09
region: CN
situation: 一位外国客人退房时想用人民币现金付清账单。新来的收银员说酒店现在主要用手机收款。
+ 应该怎么做？
option_a: 告诉客人只能用手机或银行卡付款。
option_b: 收下现金，点清并找零，开好收据。
option_c: 请客人先去银行把现金存进卡里再来付。
option_d: 请客人找一位中国朋友代付。
answer: b
explanation: 中国人民银行2018年第10号公告规定，除依法应当采用非现金支付的场合外，
+ 任何单位和个人不得拒收人民币现金，已有商户因拒收现金被处罚；关于人民币现金收付服务的
+ 新规定也自2026年2月1日起施行。酒店可以提供多种付款方式，但客人要付现金就必须收。
+ 其他选项都是变相拒收现金。
reference: https://loc.gov/law/foreign-news/article/china-central-bank-warns-businesses-not-to-refuse-cash/
reference: https://english.dotdotnews.com/a/202512/23/AP694a2ac5e4b0c32d4f640b17.html
tags: payment cash check-out

id: hotel-09-c02
lesson: hotel-09
region: JP
situation: 一位日本商务客人退房要开公司发票，双手递给您一张名片，让您照着写公司名称。
+ 您应该怎么接？
option_a: 双手接过，看一看并道谢；用完双手还给客人。
option_b: 单手接过来，直接在名片背面记下金额。
option_c: 接过来折一下，塞进口袋，等有空再看。
option_d: 请他把名片放在柜台上，然后继续看电脑屏幕，尽快把发票开出来。
answer: a
explanation: 在日本，名片被看作主人的"脸面"：要双手递接，接过后看一看，放在面前的桌上，不要当着对方在名片上写字，也不要随手塞进口袋。双手接、认真看、好好放，就是对客人的尊重；只顾看屏幕、让名片躺在柜台上，
+ 哪怕是为了快一点，也会显得怠慢；在中国双手递接物品同样是礼貌的表现。
reference: http://hub.aa.com/en/aw/japan-national-tourist-organization-1
reference: http://spidacom.co.uk/2018/08/08/business-cards-in-japan/
reference: https://www.japantimes.co.jp/life/2017/05/06/lifestyle/calling-card-evolution-business-cards-japan/
tags: business-cards invoice fapiao

id: hotel-09-c03
lesson: hotel-09
region: CN
situation: 一位英国客人结账时问："Can I use my Visa card with Alipay? I heard it's only for Chinese people."
+ 您应该怎么回答？
option_a: "Sorry, Alipay is only for Chinese bank cards."
option_b: 说自己不清楚，请他去问银行。
option_c: 告诉他可以：2023年7月起，境外游客可以把 Visa、Mastercard 等境外银行卡绑定到支付宝和
+ 微信支付；也可以直接刷卡或付现金。
answer: c
explanation: 自2023年7月起，微信支付和支付宝都支持外国游客绑定境外发行的 Visa、Mastercard、
+ JCB、Diners Club/Discover 等银行卡；腾讯表示单笔200元及以下免收手续费。
+ 告诉客人这个信息，同时说明刷卡和现金也可以，客人就能选最方便的方式。
+ 说"只限中国人"是过时的错误信息，让客人去问银行则没有帮上忙。
reference: https://wb.beijing.gov.cn/home/index/wsjx/202307/t20230722_3205016.html
reference: https://www.nfcw.com/2023/08/02/385047/chinese-mobile-payment-giants-add-support-for-credit-cards-issued-overseas/
tags: payment mobile-payment check-out
local: 境外银行卡绑定微信支付：单笔 200 元及以下免手续费（全国规则，按微信支付现行公告核对）
local_source: 腾讯 2023 年 7 月 20 日关于微信支付绑定境外银行卡的公告（单笔 200 元及以下免手续费，以支付页面为准）；北京市人民政府外事办公室 2023 年 7 月 22 日的说明（https://wb.beijing.gov.cn/home/index/wsjx/202307/t20230722_3205016.html）

id: hotel-10-c01
lesson: hotel-10
region: KR
situation: 一位韩国客人从房间打电话："This is Kim Min-jun in room 802."
+ 您记下留言，回电时应该怎么称呼他？
option_a: "Mr. Min-jun"
option_b: "Mr. Kim"
option_c: "Mr. Jun"
answer: b
explanation: 韩语名字和中文、日语一样，姓在前、名在后：Kim 是姓，Min-jun 是名。
+ 所以礼貌的称呼是 "Mr. Kim"。按英语习惯以为最后一个词是姓，就会叫成 "Mr. Min-jun"，
+ "Mr. Jun" 则只取了名字的一半。
reference: https://www.wintranslation.com/cross-cultural-naming-conventions/
reference: https://www.w3.org/International/questions/qa-personal-names
tags: address names telephone

id: hotel-10-c02
lesson: hotel-10
region: IS
situation: 一位冰岛客人打电话订房，名字是 "Guðrún Jónsdóttir"。您不确定怎样称呼她，应该怎么做？
option_a: 按英语习惯称她 "Ms. Jónsdóttir"，不必多问。
option_b: 避免称呼，整个通话都不叫她的名字。
option_c: 称她 "Mrs. Jón"。
option_d: 礼貌地问她希望怎样称呼；冰岛人通常被直接称呼名字，她多半会说 "Guðrún"。
answer: d
explanation: 冰岛人名字的第二部分多是父名，例如 Jónsdóttir 意思是"Jón 的女儿"，并不是家族姓氏，
+ 所以冰岛人在正式场合也常被直接称呼名字。拿不准称呼时，最好的办法就是礼貌地问客人本人。
+ "Mrs. Jón" 用的是她父亲的名字，完全错了；一直回避称呼则显得生硬。
reference: https://www.w3.org/International/questions/qa-personal-names
tags: address names telephone

id: hotel-11-c01
lesson: hotel-11
region: CN
situation: 一位外国客人在大堂突然晕倒，同行的朋友不会说中文。您拨通了120，首先应该说清楚什么？
option_a: 地点（酒店名称、地址、在大堂哪里）、发生了什么、您的回拨电话。
option_b: 客人的国籍和护照号码。
option_c: 先问急救中心有没有会说英语的医生，没有的话就挂掉，改让客人的朋友自己打。
option_d: 先询问救护车要收多少钱，再决定要不要叫。
answer: a
explanation: 打急救电话要先说清地点、发生了什么和联系电话，这样救护车才能尽快赶到。
+ 拨打120等紧急电话是免费的；部分大城市有英语接线员，但不能保证，
+ 所以由会说中文的员工打电话最可靠。国籍、护照这些信息可以之后再补，
+ 先问费用或挂掉电话都会耽误抢救。
reference: https://www.gochinaroute.com/china-emergency-numbers-police-ambulance-fire
reference: http://china.org.cn/english/China/154580.htm
tags: emergency ambulance

id: hotel-11-c02
lesson: hotel-11
region: CN
situation: 一位美国客人的钱包在街上被偷了，他问前台："What's the emergency number here? Is it 911?"
+ 您应该怎么回答？
option_a: "Yes, 911 works everywhere."
option_b: 告诉他在中国报警要打112。
option_c: 告诉他报警打110，并主动帮他打电话、说明情况。
option_d: 告诉他丢钱包不算紧急情况，明天再去派出所。
answer: c
explanation: 中国的报警电话是110，急救是120，火警是119，交通事故是122，拨打都免费。
+ 英语接线员并不一定有，所以员工主动帮忙打电话最有用。911 是美国的号码，112 是欧洲等地常用的号码，
+ 在中国都不能指望。被偷是需要报警的事，让客人拖到明天并不合适。
reference: https://www.gochinaroute.com/china-emergency-numbers-police-ambulance-fire
reference: http://china.org.cn/english/China/154580.htm
tags: emergency police numbers

id: hotel-12-c01
lesson: hotel-12
region: global
situation: 两位男客人一起来入住，预订的是一间大床房。您应该怎么说？
option_a: "Are you sure you want one bed? We have twin rooms too."
option_b: "So that's one double room for three nights. Here are your keys."
option_c: "I think there's a mistake in your booking. Let me change it to a twin room."
option_d: 不说话，悄悄改成双床房。
answer: b
explanation: 同性伴侣订一张大床是很正常的事。像对其他客人一样平常地确认预订就好：
+ 反复问 "Are you sure?"、暗示他们订错，或者自作主张改成双床房，
+ 都会让客人觉得被质疑、不受欢迎。
reference: https://www.geta-europe.org/guru2-5-tips.php?curlng=3
reference: https://www.afar.com/magazine/the-most-annoying-things-hotels-do-to-gay-travelers?p=2
tags: lgbtq check-in

id: hotel-12-c02
lesson: hotel-12
region: global
situation: 一个以两位客人名义预订的蜜月套餐：Alex Taylor 和 Sam Rivera。您要准备一张欢迎卡，怎么写最好？
option_a: "Welcome, Mr. and Mrs. Taylor!"
option_b: 因为不确定是什么关系，就不提供蜜月布置了。
option_c: 先打电话问他们谁是丈夫、谁是妻子。
option_d: "Welcome, Alex Taylor and Sam Rivera! Congratulations on your honeymoon."
answer: d
explanation: 不了解客人的情况时，不要想当然地写 "Mr. and Mrs."，客人可能是同性伴侣，
+ 也可能各自保留姓氏。直接用预订上的姓名最稳妥。蜜月、情人节这类套餐对所有客人一视同仁；
+ 打电话追问谁是丈夫谁是妻子，或者取消布置，都是在区别对待客人。
reference: https://www.geta-europe.org/guru2-5-tips.php?curlng=3
reference: https://www.afar.com/magazine/the-most-annoying-things-hotels-do-to-gay-travelers?p=2
tags: lgbtq names

id: hotel-12-c03
lesson: hotel-12
region: global
situation: 一位坐轮椅的客人和陪同的朋友来到前台。您要办理入住，应该怎么做？
option_a: 面向客人本人说话；想帮忙先问，等他同意再帮。
option_b: 直接对陪同的朋友说话，问他客人的护照和要求。
option_c: 主动推着轮椅把客人送到电梯口，省得他自己费力。
option_d: 一边说话一边把手搭在轮椅扶手上，显得亲近。
answer: a
explanation: 和残障客人打交道时，要直接和客人本人说话，而不是对他的同伴或翻译说。
+ 帮忙之前先问，客人接受后再问怎么帮。轮椅是使用者个人空间的一部分：不经同意不要推，
+ 也不要倚靠或把手搭在上面。较长的交谈可以与客人保持视线平齐。
reference: https://disabilitytraining.humboldt.edu/disability-etiquette-wrap
reference: https://www.colgate.edu/about/campus-services-and-resources/disability-etiquette-communication-considerations
tags: accessibility check-in

id: hotel-12-c04
lesson: hotel-12
region: CN
situation: 一位视障客人带着导盲犬来吃早餐。餐厅领班说："狗不能进餐厅。" 您应该怎么做？
option_a: 同意领班的说法，请客人把狗拴在门外。
option_b: 让客人进来，但先摸摸导盲犬的头，让它熟悉一下。
option_c: 欢迎客人和导盲犬进来，安排好座位；不摸、不喂导盲犬。
option_d: 建议客人回房间点送餐服务，免费送到房间，也避免影响其他客人。
answer: c
explanation: 导盲犬是工作犬，不是宠物。《残疾人保障法》第五十八条写明盲人可以携带导盲犬出入公共场所（遵守国家有关规定），
+ 全国人大常委会也在2023年6月通过了《无障碍环境建设法》。
+ 导盲犬在工作时，不要摸它、喂它或逗它，有事先问主人。把客人拒之门外或劝他回房间，
+ 都是不应有的拒绝。
reference: https://globaltimes.cn/page/202110/1236047.shtml
reference: https://www.chinajusticeobserver.com/a/china-enacts-law-on-barrier-free-environment
reference: https://www.nassaucountyny.gov/3176/Disability-Etiquettes
reference: 《中华人民共和国残疾人保障法》第五十八条
tags: accessibility guide-dog restaurant
local: 导盲犬进入公共场所：全国适用的《残疾人保障法》第五十八条和《无障碍环境建设法》
local_source: 《中华人民共和国残疾人保障法》第五十八条；《中华人民共和国无障碍环境建设法》（2023 年 9 月 1 日起施行）

id: hotel-12-c05
lesson: hotel-12
region: global
situation: 早餐时，一位穆斯林客人指着自助餐台上的香肠问："Is this halal?" 标签上写着"鸡肉肠"。您应该怎么回答？
option_a: "Yes, it's chicken, so it's fine."
option_b: "Let me check with the kitchen." 然后向厨房确认肠衣、调料、做法和是否清真认证，再如实告诉客人，并指出确定可以吃的菜。
option_c: "Just avoid the red ones."
option_d: 建议客人只吃水果和面包，最保险。
answer: b
explanation: 清真饮食不只是"不吃猪肉"：猪油、非清真明胶、做菜用的酒都不行，肉类还要按伊斯兰方式屠宰。
+ 鸡肉肠不一定清真，肠衣和调料也可能有问题。不确定就去问厨房，再如实回答；
+ 凭猜测说"没问题"可能让客人违背信仰，只让客人吃水果面包又太敷衍。
reference: http://theculturalatlas.org/islam/dietary-requirements
reference: https://comedinetogether.uk/faq/religious-restrictions/
reference: https://www.gvsu.edu/interfaith/dietary-considerations-163.htm
tags: dietary halal breakfast religion

# ======== 第二版新增的课程（第13课起）========
# 标有 "#local:" 的记录含有本地事实（地名、号码、价格、时间、本地规定），
# 用于其他城市时要改写；"#local_source:" 给出依据。

%rec: Lesson

id: hotel-13
title: 超额预订与安排到其他酒店
title_en: Overbooking and moving a guest to another hotel
order: 13
description: 已确认预订的客人到店却没有房间：道歉、说明酒店已安排同级酒店、
+ 承担房费和交通、转交电话和包裹、接客人回来，以及客人不满时的回答。

id: hotel-14
title: 银行卡被拒与预授权
title_en: Declined cards and pre-authorisation
order: 14
description: 境外卡刷不成功时怎么委婉地说、可能的原因、换卡或换方式付款，
+ 以及向客人解释预授权不是扣款、什么时候解冻。

id: hotel-15
title: 续住、改期、未到与加床
title_en: Extensions, date changes, no-shows and extra beds
order: 15
description: 客人要多住几晚或改日期、网上平台的订单、担保预订和晚到、
+ 未到（no-show）的收费，以及加床、连通房和相邻房间。

%rec: Phrase
%key: id

# ---- 第13课：超额预订与安排到其他酒店 ----

id: hotel-13-001
lesson: hotel-13
zh: 非常抱歉，今晚酒店超额预订，已经没有空房了。
zh_reading: fēicháng bàoqiàn, jīnwǎn jiǔdiàn chāo'é yùdìng, yǐjīng méiyǒu kòngfáng le.
en: I'm very sorry. We're overbooked tonight and have no rooms left.
en_alt: I'm terribly sorry, but we're overbooked tonight.
ja: 誠に申し訳ございません。本日はオーバーブッキングのため、お部屋をご用意できません。
ja_reading: makoto ni mōshiwake gozaimasen. honjitsu wa ōbābukkingu no tame, oheya o goyōi dekimasen.
ja_kana: まことに もうしわけ ございません。 ほんじつ は オーバーブッキング の ため、 おへや を ごようい できません。
ko: 정말 죄송합니다. 오늘 밤은 초과 예약으로 객실을 준비해 드릴 수 없습니다.
ko_reading: jeongmal joesonghamnida. oneul bameun chogwa yeyageuro gaeksireul junbihae deuril su eopseumnida.
note: 这是酒店的责任，不是客人的：先诚恳道歉，紧接着说已经安排好的解决办法，
+ 不要让客人站在前台干等。overbooked 是酒店业的常用词，客人都听得懂。
register: polite
tags: overbooking apology check-in

id: hotel-13-002
lesson: hotel-13
zh: 我们已经在附近一家同等级的酒店为您订好了房间。
zh_reading: wǒmen yǐjīng zài fùjìn yì jiā tóng děngjí de jiǔdiàn wèi nín dìnghǎo le fángjiān.
en: We've booked you a room at a hotel of the same standard nearby.
en_alt: We've arranged a room for you at a similar hotel close by.
ja: 近くの同じクラスのホテルに、お部屋をご用意いたしました。
ja_reading: chikaku no onaji kurasu no hoteru ni, oheya o goyōi itashimashita.
ja_kana: ちかく の おなじ クラス の ホテル に、 おへや を ごようい いたしました。
ko: 근처의 같은 등급 호텔에 객실을 마련해 두었습니다.
ko_reading: geuncheoui gateun deunggeup hotere gaeksireul maryeonhae dueotseumnida.
note: 业内把这种做法叫 walk a guest。安排的酒店不能比原来的差，最好先打电话确认对方有房。
register: polite
tags: overbooking transfer

id: hotel-13-003
lesson: hotel-13
zh: 今晚的房费由我们承担。
zh_reading: jīnwǎn de fángfèi yóu wǒmen chéngdān.
en: We'll cover the cost of your room tonight.
en_alt: Tonight's room is on us.
ja: 今晩の宿泊料金は当ホテルが負担いたします。
ja_reading: konban no shukuhaku ryōkin wa tō-hoteru ga futan itashimasu.
ja_kana: こんばん の しゅくはく りょうきん は とう ホテル が ふたん いたします。
ko: 오늘 밤 숙박 요금은 저희가 부담하겠습니다.
ko_reading: oneul bam sukbak yogeumeun jeohuiga budamhagetseumnida.
note: 谁付房费、付几晚，按本酒店的规定说，不要当场许诺规定以外的补偿；拿不准就请值班经理。
register: polite
tags: overbooking transfer compensation

id: hotel-13-004
lesson: hotel-13
zh: 我们安排车免费送您过去。
zh_reading: wǒmen ānpái chē miǎnfèi sòng nín guòqu.
en: We'll take you there by car, free of charge.
en_alt: We'll drive you there at no cost.
ja: 無料のお車でお送りいたします。
ja_reading: muryō no okuruma de ookuri itashimasu.
ja_kana: むりょう の おくるま で おおくり いたします。
ko: 차로 무료로 모셔다 드리겠습니다.
ko_reading: charo muryoro mosyeoda deurigetseumnida.
register: polite
tags: overbooking transfer transport

id: hotel-13-005
lesson: hotel-13
zh: 这是那家酒店的地址和电话，确认号我也写在上面了。
zh_reading: zhè shì nà jiā jiǔdiàn de dìzhǐ hé diànhuà, quèrènhào wǒ yě xiě zài shàngmian le.
en: Here's the other hotel's address and phone number. I've written the confirmation number on it too.
en_alt: This is the hotel's address and phone number, with your confirmation number.
ja: こちらがホテルの住所と電話番号でございます。予約番号も書いておきました。
ja_reading: kochira ga hoteru no jūsho to denwa bangō de gozaimasu. yoyaku bangō mo kaite okimashita.
ja_kana: こちら が ホテル の じゅうしょ と でんわ ばんごう で ございます。 よやく ばんごう も かいて おきました。
ko: 그 호텔 주소와 전화번호입니다. 예약 번호도 여기에 적어 두었습니다.
ko_reading: geu hotel jusowa jeonhwabeonhoimnida. yeyak beonhodo yeogie jeogeo dueotseumnida.
note: 地址要有中文，方便客人给司机看。
register: polite
tags: overbooking transfer address

id: hotel-13-006
lesson: hotel-13
zh: 明天有房间了，我们会派车接您回来。
zh_reading: míngtiān yǒu fángjiān le, wǒmen huì pài chē jiē nín huílai.
en: We'll have a room for you tomorrow, and we'll send a car to bring you back.
en_alt: Tomorrow we'll have your room ready and pick you up.
ja: 明日はお部屋をご用意できますので、お車でお迎えにあがります。
ja_reading: myōnichi wa oheya o goyōi dekimasu node, okuruma de omukae ni agarimasu.
ja_kana: みょうにち は おへや を ごようい できます ので、 おくるま で おむかえ に あがります。
ko: 내일은 객실이 준비되니, 차를 보내 모시러 가겠습니다.
ko_reading: naeireun gaeksiri junbidoeni, chareul bonae mosireo gagetseumnida.
register: polite
tags: overbooking transfer transport

id: hotel-13-007
lesson: hotel-13
zh: 可是我的预订是确认过的！
zh_reading: kěshì wǒ de yùdìng shì quèrèn guo de!
en: But I have a confirmed reservation!
en_alt: But my booking was confirmed!
ja: でも、予約は確定しているはずです！
ja_reading: demo, yoyaku wa kakutei shite iru hazu desu!
ja_kana: でも、 よやく は かくてい して いる はず です！
ko: 하지만 예약이 확정된 거잖아요!
ko_reading: hajiman yeyagi hwakjeongdoen geojanayo!
note: 客人说得对，不要争辩。先说 "You're absolutely right, and I'm very sorry."，再说安排。
register: casual
tags: overbooking complaint guest

id: hotel-13-008
lesson: hotel-13
zh: 我不想换酒店，我就要住这里。
zh_reading: wǒ bù xiǎng huàn jiǔdiàn, wǒ jiù yào zhù zhèlǐ.
en: I don't want to go to another hotel. I want to stay here.
en_alt: I don't want to move hotels. I want to stay here.
ja: 別のホテルには移りたくありません。ここに泊まりたいんです。
ja_reading: betsu no hoteru ni wa utsuritaku arimasen. koko ni tomaritai n desu.
ja_kana: べつ の ホテル に は うつりたく ありません。 ここ に とまりたい ん です。
ko: 다른 호텔로 옮기고 싶지 않아요. 여기서 묵고 싶어요.
ko_reading: dareun hotello omgigo sipji anayo. yeogiseo mukgo sipeoyo.
register: casual
tags: overbooking complaint guest

id: hotel-13-009
lesson: hotel-13
zh: 那家酒店离这儿远吗？
zh_reading: nà jiā jiǔdiàn lí zhèr yuǎn ma?
en: Is that hotel far from here?
en_alt: How far is the other hotel?
ja: そのホテルはここから遠いですか。
ja_reading: sono hoteru wa koko kara tōi desu ka.
ja_kana: その ホテル は ここ から とおい です か。
ko: 그 호텔은 여기서 멀어요?
ko_reading: geu hotereun yeogiseo meoreoyo?
register: neutral
tags: overbooking transfer guest

id: hotel-13-010
lesson: hotel-13
local: 替代酒店的车程（示例：约十分钟），按实际安排的酒店说
local_source: 本酒店的安排（示例值）
zh: 开车大约十分钟，离海边也很近。
zh_reading: kāichē dàyuē shí fēnzhōng, lí hǎibiān yě hěn jìn.
en: It's about ten minutes by car, and it's close to the sea as well.
en_alt: It's about a ten-minute drive, and it's near the sea too.
ja: お車で10分ほどで、海にも近い所でございます。
ja_reading: okuruma de juppun hodo de, umi ni mo chikai tokoro de gozaimasu.
ja_kana: おくるま で じゅっぷん ほど で、 うみ に も ちかい ところ で ございます。
ko: 차로 10분 정도 걸리고, 바다와도 가깝습니다.
ko_reading: charo sip bun jeongdo geolligo, badawado gakkapseumnida.
register: polite
tags: overbooking transfer directions

id: hotel-13-011
lesson: hotel-13
zh: 为了表示歉意，您回来时我们为您免费升级房型。
zh_reading: wèile biǎoshì qiànyì, nín huílai shí wǒmen wèi nín miǎnfèi shēngjí fángxíng.
en: To apologise, we'll upgrade your room free of charge when you come back.
en_alt: As an apology, we'll give you a free upgrade when you return.
ja: お詫びとして、お戻りの際はお部屋を無料でアップグレードいたします。
ja_reading: owabi to shite, omodori no sai wa oheya o muryō de appugurēdo itashimasu.
ja_kana: おわび と して、 おもどり の さい は おへや を むりょう で アップグレード いたします。
ko: 사과의 뜻으로, 돌아오시면 객실을 무료로 업그레이드해 드리겠습니다.
ko_reading: sagwaui tteuseuro, doraosimyeon gaeksireul muryoro eopgeureideuhae deurigetseumnida.
register: polite
tags: overbooking compensation upgrade

id: hotel-13-012
lesson: hotel-13
zh: 有您的电话或者快递，我们会转到那边去。
zh_reading: yǒu nín de diànhuà huòzhě kuàidì, wǒmen huì zhuǎn dào nàbiān qù.
en: If there are any calls or deliveries for you, we'll pass them on to you there.
en_alt: We'll forward any calls or parcels for you to the other hotel.
ja: お客様宛てのお電話やお荷物は、あちらのホテルへお回しいたします。
ja_reading: okyakusama ate no odenwa ya onimotsu wa, achira no hoteru e omawashi itashimasu.
ja_kana: おきゃくさま あて の おでんわ や おにもつ は、 あちら の ホテル へ おまわし いたします。
ko: 고객님께 오는 전화나 택배는 그 호텔로 전달해 드리겠습니다.
ko_reading: gogaengnimkke oneun jeonhwana taekbaeneun geu hotello jeondalhae deurigetseumnida.
note: 客人在别的酒店住一晚，要记下他住在哪里，别让他的电话、包裹和留言落空。
register: polite
tags: overbooking transfer message

# ---- 第14课：银行卡被拒与预授权 ----

id: hotel-14-001
lesson: hotel-14
zh: 很抱歉，您的卡没有刷成功。
zh_reading: hěn bàoqiàn, nín de kǎ méiyǒu shuā chénggōng.
en: I'm sorry, but your card has been declined.
en_alt: I'm sorry, the payment didn't go through.
ja: 申し訳ございません。こちらのカードはご利用になれませんでした。
ja_reading: mōshiwake gozaimasen. kochira no kādo wa goriyō ni naremasen deshita.
ja_kana: もうしわけ ございません。 こちら の カード は ごりよう に なれません でした。
ko: 죄송합니다. 카드 결제가 승인되지 않았습니다.
ko_reading: joesonghamnida. kadeu gyeoljega seungindoeji anatseumnida.
note: 声音放低，别让旁边的客人听见。卡被拒的原因很多，不要说"您的卡没钱了"。
register: polite
tags: payment card declined

id: hotel-14-002
lesson: hotel-14
zh: 可能是您的银行拦截了境外交易。
zh_reading: kěnéng shì nín de yínháng lánjié le jìngwài jiāoyì.
en: Your bank may have blocked it as an overseas transaction.
en_alt: Your bank may be blocking payments from abroad.
ja: カード会社が海外でのご利用を止めている可能性がございます。
ja_reading: kādo-gaisha ga kaigai de no goriyō o tomete iru kanōsei ga gozaimasu.
ja_kana: カードがいしゃ が かいがい で の ごりよう を とめて いる かのうせい が ございます。
ko: 카드사에서 해외 결제를 막았을 수도 있습니다.
ko_reading: kadeusaeseo haeoe gyeoljereul magasseul sudo itseumnida.
note: 境外卡在中国被拒，常见的原因是发卡银行的风险控制；客人给银行打电话确认以后，往往就能刷了。
register: polite
tags: payment card declined

id: hotel-14-003
lesson: hotel-14
zh: 您可以打卡背面的电话联系银行，我们再试一次。
zh_reading: nín kěyǐ dǎ kǎ bèimiàn de diànhuà liánxì yínháng, wǒmen zài shì yí cì.
en: You can call your bank on the number on the back of the card, and then we'll try again.
en_alt: If you call the number on the back of your card, we can try again afterwards.
ja: カード裏面の番号からカード会社にご確認いただければ、もう一度お試しいたします。
ja_reading: kādo rimen no bangō kara kādo-gaisha ni gokakunin itadakereba, mō ichido otameshi itashimasu.
ja_kana: カード りめん の ばんごう から カードがいしゃ に ごかくにん いただければ、 もう いちど おためし いたします。
ko: 카드 뒷면의 번호로 카드사에 확인하시면 다시 한번 결제해 보겠습니다.
ko_reading: kadeu dwinmyeonui beonhoro kadeusae hwaginhasimyeon dasi hanbeon gyeoljehae bogetseumnida.
register: polite
tags: payment card declined

id: hotel-14-004
lesson: hotel-14
zh: 您有别的卡可以试试吗？
zh_reading: nín yǒu biéde kǎ kěyǐ shìshi ma?
en: Do you have another card we could try?
en_alt: Would you like to try a different card?
ja: ほかのカードはお持ちでしょうか。
ja_reading: hoka no kādo wa omochi deshō ka.
ja_kana: ほか の カード は おもち でしょう か。
ko: 다른 카드가 있으십니까?
ko_reading: dareun kadeuga isseusimnikka?
register: polite
tags: payment card declined

id: hotel-14-005
lesson: hotel-14
zh: 这台刷卡机读不了您的卡，我换一台试试。
zh_reading: zhè tái shuākǎjī dú bu liǎo nín de kǎ, wǒ huàn yì tái shìshi.
en: This machine can't read your card. Let me try another one.
en_alt: This terminal won't read your card, so I'll try a different one.
ja: この端末ではカードが読み取れませんので、別の端末でお試しいたします。
ja_reading: kono tanmatsu de wa kādo ga yomitoremasen node, betsu no tanmatsu de otameshi itashimasu.
ja_kana: この たんまつ で は カード が よみとれません ので、 べつ の たんまつ で おためし いたします。
ko: 이 단말기에서는 카드가 읽히지 않아서 다른 단말기로 해 보겠습니다.
ko_reading: i danmalgieseoneun kadeuga ilkiji anaseo dareun danmalgiro hae bogetseumnida.
register: polite
tags: payment card

id: hotel-14-006
lesson: hotel-14
zh: 请输入密码，然后按确认键。
zh_reading: qǐng shūrù mìmǎ, ránhòu àn quèrènjiàn.
en: Please enter your PIN, then press OK.
en_alt: Please key in your PIN and press Enter.
ja: 暗証番号を入力して、確認ボタンを押してください。
ja_reading: anshō bangō o nyūryoku shite, kakunin botan o oshite kudasai.
ja_kana: あんしょう ばんごう を にゅうりょく して、 かくにん ボタン を おして ください。
ko: 비밀번호를 입력하시고 확인 버튼을 눌러 주십시오.
ko_reading: bimilbeonhoreul imnyeokasigo hwagin beoteuneul nulleo jusipsio.
note: 银行卡密码英语叫 PIN，不说 password。客人输密码时，把刷卡机递过去，眼睛移开。
register: polite
tags: payment card

id: hotel-14-007
lesson: hotel-14
zh: 你们收外国信用卡吗？
zh_reading: nǐmen shōu wàiguó xìnyòngkǎ ma?
en: Do you accept foreign credit cards?
en_alt: Can I pay with a foreign credit card?
ja: 海外のクレジットカードは使えますか。
ja_reading: kaigai no kurejitto kādo wa tsukaemasu ka.
ja_kana: かいがい の クレジット カード は つかえます か。
ko: 외국 신용카드도 받나요?
ko_reading: oeguk sinyongkadeudo bannayo?
register: neutral
tags: payment card guest

id: hotel-14-008
lesson: hotel-14
local: 受理的卡种（示例：Visa、Mastercard），按本酒店签约的卡组织说
local_source: 本酒店与收单银行的签约（示例值）
zh: 可以，维萨卡和万事达卡都能用。
zh_reading: kěyǐ, Wéisà kǎ hé Wànshìdá kǎ dōu néng yòng.
en: Yes, we accept both Visa and Mastercard.
en_alt: Yes, Visa and Mastercard are both fine.
ja: はい、VisaとMastercardがご利用いただけます。
ja_reading: hai, Visa to Mastercard ga goriyō itadakemasu.
ja_kana: はい、 ビザ と マスターカード が ごりよう いただけます。
ko: 네, 비자와 마스터카드 모두 사용하실 수 있습니다.
ko_reading: ne, bijawa maseuteokadeu modu sayonghasil su itseumnida.
register: polite
tags: payment card

id: hotel-14-009
lesson: hotel-14
zh: 预授权不是扣款，只是暂时冻结这笔钱。
zh_reading: yùshòuquán bú shì kòukuǎn, zhǐshì zànshí dòngjié zhè bǐ qián.
en: A pre-authorisation isn't a charge. The amount is only put on hold.
en_alt: The pre-authorization is only a hold, not a payment.
en_alt: It's just a hold on your card, not a payment.
ja: 事前承認はお支払いではなく、金額を一時的に確保するだけでございます。
ja_reading: jizen shōnin wa oshiharai de wa naku, kingaku o ichijiteki ni kakuho suru dake de gozaimasu.
ja_kana: じぜん しょうにん は おしはらい で は なく、 きんがく を いちじてき に かくほ する だけ で ございます。
ko: 가승인은 실제 결제가 아니라 금액을 잠시 묶어 두는 것입니다.
ko_reading: gaseungineun silje gyeoljega anira geumaegeul jamsi mukkeo duneun geosimnida.
note: 英语口语常说 hold（"a hold on your card"）；韩国酒店把预授权叫 가승인。
register: polite
tags: payment card deposit pre-authorisation

id: hotel-14-010
lesson: hotel-14
local: 预授权金额（示例：一千元），与第2课所说的一致，按本酒店的规定
local_source: 本酒店的押金规定（示例值）
zh: 为什么我卡上多扣了一千块？
zh_reading: wèishénme wǒ kǎ shang duō kòu le yìqiān kuài?
en: Why has an extra thousand yuan been taken from my card?
en_alt: Why is there an extra charge of one thousand yuan on my card?
ja: どうしてカードから1,000元も余計に引かれているんですか。
ja_reading: dōshite kādo kara sen-gen mo yokei ni hikarete iru n desu ka.
ja_kana: どうして カード から せんげん も よけい に ひかれて いる ん です か。
ko: 왜 제 카드에서 천 위안이 더 빠져나갔죠?
ko_reading: wae je kadeueseo cheon wiani deo ppajyeonagatjyo?
note: 客人在手机上看到预授权，常以为被扣了两次钱。先别急着说"不是扣款"，听完再解释。
register: casual
tags: payment card deposit pre-authorisation guest

id: hotel-14-011
lesson: hotel-14
zh: 退房后我们马上撤销预授权，银行退回可能要几个工作日。
zh_reading: tuìfáng hòu wǒmen mǎshàng chèxiāo yùshòuquán, yínháng tuìhuí kěnéng yào jǐ ge gōngzuòrì.
en: We'll cancel the hold as soon as you check out, but your bank may take a few working days to release it.
en_alt: We release the hold at check-out, but it may take your bank a few business days.
ja: チェックアウト後すぐに取り消しますが、カード会社での解除には数日かかる場合がございます。
ja_reading: chekkuauto-go sugu ni torikeshimasu ga, kādo-gaisha de no kaijo ni wa sūjitsu kakaru baai ga gozaimasu.
ja_kana: チェックアウトご すぐ に とりけします が、 カードがいしゃ で の かいじょ に は すうじつ かかる ばあい が ございます。
ko: 체크아웃 후 바로 취소해 드리지만, 카드사에서 해제되기까지 며칠 걸릴 수 있습니다.
ko_reading: chekeuaut hu baro chwisohae deurijiman, kadeusaeseo haejedoegikkaji myeochil geollil su itseumnida.
note: 额度什么时候恢复由发卡银行决定，境外卡往往更慢。不要向客人保证具体天数。
register: polite
tags: payment card deposit pre-authorisation check-out

id: hotel-14-012
lesson: hotel-14
zh: 押金也可以付现金，或者用支付宝、微信支付。
zh_reading: yājīn yě kěyǐ fù xiànjīn, huòzhě yòng Zhīfùbǎo, Wēixìn Zhīfù.
en: You can also pay the deposit in cash, or with Alipay or WeChat Pay.
en_alt: The deposit can also be paid in cash, by Alipay or by WeChat Pay.
ja: デポジットは現金、またはAlipayやWeChat Payでもお支払いいただけます。
ja_reading: depojitto wa genkin, mata wa Alipay ya WeChat Pay de mo oshiharai itadakemasu.
ja_kana: デポジット は げんきん、 または アリペイ や ウィーチャット ペイ で も おしはらい いただけます。
ko: 보증금은 현금이나 알리페이, 위챗페이로도 내실 수 있습니다.
ko_reading: bojeunggeumeun hyeongeumina allipei, wichaetpeirodo naesil su itseumnida.
register: polite
tags: payment deposit cash mobile-payment

# ---- 第15课：续住、改期、未到与加床 ----

id: hotel-15-001
lesson: hotel-15
zh: 我想多住两个晚上。
zh_reading: wǒ xiǎng duō zhù liǎng ge wǎnshang.
en: I'd like to stay two more nights.
en_alt: I'd like to extend my stay by two nights.
ja: あと2泊延長したいのですが。
ja_reading: ato nihaku enchō shitai no desu ga.
ja_kana: あと にはく えんちょう したい の です が。
ko: 이틀 더 묵고 싶은데요.
ko_reading: iteul deo mukgo sipeundeyo.
register: neutral
tags: extension guest

id: hotel-15-002
lesson: hotel-15
zh: 我查一下。没问题，您不用换房，可以再续住两晚。
zh_reading: wǒ chá yíxià. méi wèntí, nín búyòng huànfáng, kěyǐ zài xùzhù liǎng wǎn.
en: Let me check. Yes, you can stay in the same room for two more nights.
en_alt: Let me see. Yes, your room is free for another two nights.
ja: 確認いたします。はい、今のお部屋のまま、あと2泊ご延長いただけます。
ja_reading: kakunin itashimasu. hai, ima no oheya no mama, ato nihaku goenchō itadakemasu.
ja_kana: かくにん いたします。 はい、 いま の おへや の まま、 あと にはく ごえんちょう いただけます。
ko: 확인해 보겠습니다. 네, 지금 객실에서 이틀 더 묵으실 수 있습니다.
ko_reading: hwaginhae bogetseumnida. ne, jigeum gaeksireseo iteul deo mugeusil su itseumnida.
register: polite
tags: extension

id: hotel-15-003
lesson: hotel-15
zh: 很抱歉，您的房间明晚已经有预订了，续住的话需要换一间。
zh_reading: hěn bàoqiàn, nín de fángjiān míngwǎn yǐjīng yǒu yùdìng le, xùzhù dehuà xūyào huàn yì jiān.
en: I'm afraid your room is booked from tomorrow night, so to extend we'll need to move you to another room.
en_alt: I'm sorry, your room is reserved from tomorrow, so you'd need to change rooms to stay on.
ja: 申し訳ございません。明晩は今のお部屋にご予約が入っておりますので、ご延長の場合はお部屋の移動をお願いいたします。
ja_reading: mōshiwake gozaimasen. myōban wa ima no oheya ni goyoyaku ga haitte orimasu node, goenchō no baai wa oheya no idō o onegai itashimasu.
ja_kana: もうしわけ ございません。 みょうばん は いま の おへや に ごよやく が はいって おります ので、 ごえんちょう の ばあい は おへや の いどう を おねがい いたします。
ko: 죄송합니다. 내일 밤에는 지금 객실에 예약이 있어서, 연장하시려면 객실을 옮기셔야 합니다.
ko_reading: joesonghamnida. naeil bameneun jigeum gaeksire yeyagi isseoseo, yeonjanghasiryeomyeon gaeksireul omgisyeoya hamnida.
note: 换房要说清楚什么时候换、行李谁来搬（"Our porter will move your luggage for you."）。
register: polite
tags: extension room-change

id: hotel-15-004
lesson: hotel-15
zh: 续住的话，需要补交这两晚的押金。
zh_reading: xùzhù dehuà, xūyào bǔjiāo zhè liǎng wǎn de yājīn.
en: For the extra two nights, we'll need an additional deposit.
en_alt: To extend your stay, we'll need to top up your deposit.
ja: ご延長の2泊分のデポジットを追加でお預かりいたします。
ja_reading: goenchō no nihaku-bun no depojitto o tsuika de oazukari itashimasu.
ja_kana: ごえんちょう の にはくぶん の デポジット を ついか で おあずかり いたします。
ko: 연장하시는 이틀분의 보증금을 추가로 받겠습니다.
ko_reading: yeonjanghasineun iteulbunui bojeunggeumeul chugaro batgetseumnida.
register: polite
tags: extension deposit payment

id: hotel-15-005
lesson: hotel-15
zh: 我能把入住日期改到下周吗？
zh_reading: wǒ néng bǎ rùzhù rìqī gǎi dào xiàzhōu ma?
en: Can I change my booking to next week?
en_alt: Could I move my reservation to next week?
ja: 予約の日程を来週に変更できますか。
ja_reading: yoyaku no nittei o raishū ni henkō dekimasu ka.
ja_kana: よやく の にってい を らいしゅう に へんこう できます か。
ko: 예약 날짜를 다음 주로 바꿀 수 있나요?
ko_reading: yeyak naljjareul daeum juro bakkul su innayo?
register: neutral
tags: reservation dates change guest

id: hotel-15-006
lesson: hotel-15
zh: 您是在网上平台订的，改日期需要在平台上操作。
zh_reading: nín shì zài wǎngshàng píngtái dìng de, gǎi rìqī xūyào zài píngtái shang cāozuò.
en: As you booked through a travel website, the dates need to be changed on that website.
en_alt: Since you booked online through a travel site, please change the dates there.
ja: 予約サイトからのご予約ですので、日程の変更はそちらのサイトでお願いいたします。
ja_reading: yoyaku saito kara no goyoyaku desu node, nittei no henkō wa sochira no saito de onegai itashimasu.
ja_kana: よやく サイト から の ごよやく です ので、 にってい の へんこう は そちら の サイト で おねがい いたします。
ko: 예약 사이트에서 예약하셨기 때문에 날짜 변경은 그 사이트에서 하셔야 합니다.
ko_reading: yeyak saiteueseo yeyakasyeotgi ttaemune naljja byeongyeongeun geu saiteueseo hasyeoya hamnida.
note: 不要只说"不行"。可以补一句 "If you like, I can note the new dates for you, so we keep a room."
register: polite
tags: reservation dates change

id: hotel-15-007
lesson: hotel-15
zh: 我的航班晚点了，可能半夜才到。
zh_reading: wǒ de hángbān wǎndiǎn le, kěnéng bànyè cái dào.
en: My flight's been delayed. I might not get there until after midnight.
en_alt: My flight is delayed, so I'll be arriving very late tonight.
ja: 飛行機が遅れていて、到着は夜中になりそうです。
ja_reading: hikōki ga okurete ite, tōchaku wa yonaka ni narisō desu.
ja_kana: ひこうき が おくれて いて、 とうちゃく は よなか に なりそう です。
ko: 비행기가 지연돼서 한밤중에야 도착할 것 같아요.
ko_reading: bihaenggiga jiyeondwaeseo hanbamjungeya dochakal geot gatayo.
register: neutral
tags: reservation late-arrival telephone guest

id: hotel-15-008
lesson: hotel-15
zh: 您的预订有担保，晚到我们也会一直为您保留房间。
zh_reading: nín de yùdìng yǒu dānbǎo, wǎn dào wǒmen yě huì yìzhí wèi nín bǎoliú fángjiān.
en: Your reservation is guaranteed, so we'll hold the room for you even if you arrive late.
en_alt: Don't worry, your booking is guaranteed and we'll keep the room for you.
ja: ご予約は保証されておりますので、ご到着が遅くなってもお部屋はお取りしております。
ja_reading: goyoyaku wa hoshō sarete orimasu node, gotōchaku ga osoku natte mo oheya wa otori shite orimasu.
ja_kana: ごよやく は ほしょう されて おります ので、 ごとうちゃく が おそく なって も おへや は おとり して おります。
ko: 보증 예약이라서 늦게 도착하셔도 객실을 잡아 두겠습니다.
ko_reading: bojeung yeyagiraseo neutge dochakasyeodo gaeksireul jaba dugetseumnida.
note: 担保预订（guaranteed reservation）是用信用卡或预付款担保的预订，客人晚到也保留房间，
+ 不来则按规定收费。没有担保的预订，通常只保留到当晚某个时间，要跟客人说清楚。
register: polite
tags: reservation late-arrival

id: hotel-15-009
lesson: hotel-15
local: 未到（no-show）收取首晚房费，是本酒店的取消规定（示例）
local_source: 本酒店的预订和取消规定（示例值）
zh: 如果不入住又没有取消，会收取第一晚的房费。
zh_reading: rúguǒ bú rùzhù yòu méiyǒu qǔxiāo, huì shōuqǔ dì-yī wǎn de fángfèi.
en: If you don't arrive and haven't cancelled, the first night will be charged.
en_alt: If you don't show up and don't cancel, we charge for the first night.
ja: ご連絡なくお越しにならなかった場合は、1泊目の料金を頂戴いたします。
ja_reading: gorenraku naku okoshi ni naranakatta baai wa, ippaku-me no ryōkin o chōdai itashimasu.
ja_kana: ごれんらく なく おこし に ならなかった ばあい は、 いっぱくめ の りょうきん を ちょうだいいたします。
ko: 취소 없이 오지 않으시면 첫날 숙박 요금이 청구됩니다.
ko_reading: chwiso eopsi oji aneusimyeon cheonnal sukbak yogeumi cheonggudoemnida.
note: 这就是 no-show（预订未到）。收费规定要在客人预订时就说清楚，不要等到扣款后才解释。
register: polite
tags: reservation no-show cancellation

id: hotel-15-010
lesson: hotel-15
local: 加床价格（示例：每晚两百元，含一份早餐），按本酒店的价目
local_source: 本酒店的价目表（示例值）
zh: 我们可以加一张床，每晚两百元，含一份早餐。
zh_reading: wǒmen kěyǐ jiā yì zhāng chuáng, měi wǎn liǎngbǎi yuán, hán yí fèn zǎocān.
en: We can add an extra bed for two hundred yuan a night, including breakfast for one.
en_alt: An extra bed is two hundred yuan a night, with breakfast for one person.
ja: エキストラベッドをお入れできます。1泊200元で、朝食1名分が含まれております。
ja_reading: ekisutora beddo o oire dekimasu. ippaku nihyaku-gen de, chōshoku ichimei-bun ga fukumarete orimasu.
ja_kana: エキストラ ベッド を おいれ できます。 いっぱく にひゃくげん で、 ちょうしょく いちめいぶん が ふくまれて おります。
ko: 엑스트라 베드를 넣어 드릴 수 있습니다. 1박에 200위안이고 조식 1인분이 포함됩니다.
ko_reading: ekseuteura bedeureul neoeo deuril su itseumnida. ilbage ibaek wianigo josik irinbuni pohamdoemnida.
note: 英语 extra bed 指加的单人床（多为折叠床），婴儿床是 cot（美国说 crib）。
register: polite
tags: extra-bed room-type price

id: hotel-15-011
lesson: hotel-15
zh: 这个房型放不下加床，您看连通房可以吗？
zh_reading: zhège fángxíng fàng bu xià jiāchuáng, nín kàn liántōngfáng kěyǐ ma?
en: This room type is too small for an extra bed. Would connecting rooms work for you?
en_alt: There isn't room for an extra bed in this room type. How about connecting rooms?
ja: こちらのタイプのお部屋にはエキストラベッドが入りませんので、コネクティングルームはいかがでしょうか。
ja_reading: kochira no taipu no oheya ni wa ekisutora beddo ga hairimasen node, konekutingu rūmu wa ikaga deshō ka.
ja_kana: こちら の タイプ の おへや に は エキストラ ベッド が はいりません ので、 コネクティング ルーム は いかが でしょう か。
ko: 이 객실 타입에는 엑스트라 베드가 들어가지 않아서, 커넥팅룸은 어떠십니까?
ko_reading: i gaeksil taibeneun ekseuteura bedeuga deureogaji anaseo, keonektingnumeun eotteosimnikka?
register: polite
tags: extra-bed connecting-rooms room-type

id: hotel-15-012
lesson: hotel-15
zh: 有连通房吗？
zh_reading: yǒu liántōngfáng ma?
en: Do you have connecting rooms?
en_alt: Are there any rooms with a connecting door?
ja: コネクティングルームはありますか。
ja_reading: konekutingu rūmu wa arimasu ka.
ja_kana: コネクティング ルーム は あります か。
ko: 커넥팅룸 있나요?
ko_reading: keonektingnum innayo?
register: neutral
tags: connecting-rooms room-type guest

id: hotel-15-013
lesson: hotel-15
zh: 两间房中间有一道门，可以从里面打开。
zh_reading: liǎng jiān fáng zhōngjiān yǒu yí dào mén, kěyǐ cóng lǐmian dǎkāi.
en: There's a door between the two rooms that opens from the inside.
en_alt: The two rooms are joined by a door you can open from inside.
ja: 2つのお部屋は、内側から開けられるドアでつながっております。
ja_reading: futatsu no oheya wa, uchigawa kara akerareru doa de tsunagatte orimasu.
ja_kana: ふたつ の おへや は、 うちがわ から あけられる ドア で つながって おります。
ko: 두 객실 사이에 문이 있어서 안에서 열 수 있습니다.
ko_reading: du gaeksil saie muni isseoseo aneseo yeol su itseumnida.
note: connecting rooms 中间有门相通；adjoining 或 adjacent rooms 只是挨着，没有门，不要混用。
register: polite
tags: connecting-rooms family

id: hotel-15-014
lesson: hotel-15
zh: 相邻的房间我们尽量安排，但不能保证。
zh_reading: xiānglín de fángjiān wǒmen jǐnliàng ānpái, dàn bù néng bǎozhèng.
en: We'll do our best to give you rooms next to each other, but I can't guarantee it.
en_alt: We'll try to put you in rooms side by side, but we can't promise.
ja: 隣同士のお部屋をできる限りご用意いたしますが、お約束はいたしかねます。
ja_reading: tonari dōshi no oheya o dekiru kagiri goyōi itashimasu ga, oyakusoku wa itashikanemasu.
ja_kana: となり どうし の おへや を できる かぎり ごようい いたします が、 おやくそく は いたしかねます。
ko: 나란히 붙은 객실로 최대한 배정해 드리겠지만, 보장해 드릴 수는 없습니다.
ko_reading: naranhi buteun gaeksillo choedaehan baejeonghae deurigetjiman, bojanghae deuril suneun eopseumnida.
register: polite
tags: connecting-rooms family reservation

%rec: Lesson

id: hotel-16
title: 停车、机场班车与火车票
title_en: Parking, the airport shuttle and train tickets
order: 16
description: 停车场和车牌登记、代客泊车、机场班车的时间和预约、去胶东国际机场的方式，
+ 以及帮客人买火车票：12306、护照实名、同一座城市的几个火车站。

id: hotel-17
title: 客房用品与生活提示
title_en: In-room equipment and everyday tips
order: 17
description: 转换插头和电压、电热水壶、自来水不宜直接饮用、客房不再主动提供一次性洗漱用品、
+ 借充电器。

id: hotel-18
title: 房卡、梯控、访客与失窃
title_en: Key cards, lifts, visitors and theft
order: 18
description: 刷卡才能用的电梯、补办房卡前核对身份、不透露客人的房号、访客登记和离开时间、
+ 保险箱打不开、客人财物被盗时怎样保护现场并协助报警。

id: hotel-19
title: 台风、停电与疏散
title_en: Typhoons, power cuts and evacuation
order: 19
description: 台风预警和颜色等级、海边和轮渡关闭、航班火车可能取消、停电时的电梯和照明、
+ 紧急疏散和清点人数，以及解除后的说明。

id: hotel-20
title: 手机卡与常用手机应用
title_en: SIM cards and phone apps
order: 20
description: 在哪里买手机卡（护照实名）、eSIM 和漫游、国外的一些应用在这里用不了、
+ 用什么地图和打车软件。

%rec: Phrase
%key: id

# ---- 第16课：停车、机场班车与火车票 ----

id: hotel-16-001
lesson: hotel-16
zh: 酒店有停车场吗？
zh_reading: jiǔdiàn yǒu tíngchēchǎng ma?
en: Is there parking at the hotel?
en_alt: Does the hotel have a car park?
ja: ホテルに駐車場はありますか。
ja_reading: hoteru ni chūshajō wa arimasu ka.
ja_kana: ホテル に ちゅうしゃじょう は あります か。
ko: 호텔에 주차장이 있나요?
ko_reading: hotere juchajangi innayo?
register: neutral
tags: parking guest

id: hotel-16-002
lesson: hotel-16
local: 停车场位置和收费（示例：地下停车场，住店客人免费），按本酒店的规定
local_source: 本酒店的停车规定（示例值）
zh: 有，在地下停车场，住店客人免费停车。
zh_reading: yǒu, zài dìxià tíngchēchǎng, zhùdiàn kèrén miǎnfèi tíngchē.
en: Yes, there's an underground car park, and parking is free for hotel guests.
en_alt: Yes, we have underground parking, free for our guests.
ja: はい、地下駐車場がございまして、ご宿泊のお客様は無料でご利用いただけます。
ja_reading: hai, chika chūshajō ga gozaimashite, goshukuhaku no okyakusama wa muryō de goriyō itadakemasu.
ja_kana: はい、 ちか ちゅうしゃじょう が ございまして、 ごしゅくはく の おきゃくさま は むりょう で ごりよう いただけます。
ko: 네, 지하 주차장이 있고 투숙객은 무료로 이용하실 수 있습니다.
ko_reading: ne, jiha juchajangi itgo tusukgaegeun muryoro iyonghasil su itseumnida.
note: 英国说 car park，美国说 parking lot 或 parking garage；说 parking 两边都懂。
register: polite
tags: parking

id: hotel-16-003
lesson: hotel-16
zh: 请把车牌号告诉我，我们登记一下，出场时就不收费了。
zh_reading: qǐng bǎ chēpáihào gàosu wǒ, wǒmen dēngjì yíxià, chūchǎng shí jiù bù shōufèi le.
en: Could I have your licence plate number? We'll register it, so you won't be charged when you leave.
en_alt: May I have your plate number? Once it's registered, parking is free when you drive out.
ja: お車のナンバーを教えていただけますか。登録しておきますので、出庫の際に料金はかかりません。
ja_reading: okuruma no nanbā o oshiete itadakemasu ka. tōroku shite okimasu node, shukko no sai ni ryōkin wa kakarimasen.
ja_kana: おくるま の ナンバー を おしえて いただけます か。 とうろく して おきます ので、 しゅっこ の さい に りょうきん は かかりません。
ko: 차량 번호를 알려 주시겠습니까? 등록해 두면 출차하실 때 요금이 나오지 않습니다.
ko_reading: charyang beonhoreul allyeo jusigetseumnikka? deungnokae dumyeon chulchahasil ttae yogeumi naoji anseumnida.
note: 很多停车场靠识别车牌收费。车牌英国叫 number plate，美国叫 license plate。
register: polite
tags: parking

id: hotel-16-004
lesson: hotel-16
zh: 我们有代客泊车服务，把钥匙交给门童就可以。
zh_reading: wǒmen yǒu dàikè bóchē fúwù, bǎ yàoshi jiāo gěi méntóng jiù kěyǐ.
en: We offer valet parking. Just leave your keys with the doorman.
en_alt: We have valet parking; simply hand your keys to the doorman.
ja: バレーパーキングもございますので、鍵はドアマンにお預けください。
ja_reading: barē pākingu mo gozaimasu node, kagi wa doaman ni oazuke kudasai.
ja_kana: バレー パーキング も ございます ので、 かぎ は ドアマン に おあずけ ください。
ko: 발레파킹 서비스가 있으니 차 키는 도어맨에게 맡겨 주십시오.
ko_reading: ballepaking seobiseuga isseuni cha kineun doeomaenege matgyeo jusipsio.
register: polite
tags: parking valet

id: hotel-16-005
lesson: hotel-16
zh: 有去机场的班车吗？
zh_reading: yǒu qù jīchǎng de bānchē ma?
en: Is there a shuttle to the airport?
en_alt: Do you have an airport shuttle?
ja: 空港へのシャトルバスはありますか。
ja_reading: kūkō e no shatoru basu wa arimasu ka.
ja_kana: くうこう へ の シャトル バス は あります か。
ko: 공항 가는 셔틀버스가 있나요?
ko_reading: gonghang ganeun syeoteulbeoseuga innayo?
register: neutral
tags: shuttle airport guest

id: hotel-16-006
lesson: hotel-16
local: 机场班车时刻（示例：每天六点到二十点，每小时一班），按本酒店的班车时刻表
local_source: 本酒店的班车时刻表（示例值）
zh: 机场班车每天早上六点到晚上八点，每小时一班。
zh_reading: jīchǎng bānchē měitiān zǎoshang liù diǎn dào wǎnshang bā diǎn, měi xiǎoshí yì bān.
en: The airport shuttle runs every hour, from 6 a.m. to 8 p.m. every day.
en_alt: There's an airport shuttle every hour between 6 a.m. and 8 p.m.
ja: 空港シャトルバスは毎日午前6時から午後8時まで、1時間おきに運行しております。
ja_reading: kūkō shatoru basu wa mainichi gozen rokuji kara gogo hachiji made, ichijikan oki ni unkō shite orimasu.
ja_kana: くうこう シャトル バス は まいにち ごぜん ろくじ から ごご はちじ まで、 いちじかん おき に うんこう して おります。
ko: 공항 셔틀버스는 매일 오전 6시부터 오후 8시까지 한 시간마다 운행합니다.
ko_reading: gonghang syeoteulbeoseuneun maeil ojeon yeoseot sibuteo ohu yeodeol sikkaji han siganmada unhaenghamnida.
register: polite
tags: shuttle airport time

id: hotel-16-007
lesson: hotel-16
local: 班车预约的期限（示例：提前一天），按本酒店的规定
local_source: 本酒店的班车规定（示例值）
zh: 班车要提前一天在前台预约。
zh_reading: bānchē yào tíqián yì tiān zài qiántái yùyuē.
en: Please book the shuttle at the front desk a day in advance.
en_alt: The shuttle needs to be booked at the front desk the day before.
ja: シャトルバスは前日までにフロントでご予約ください。
ja_reading: shatoru basu wa zenjitsu made ni furonto de goyoyaku kudasai.
ja_kana: シャトル バス は ぜんじつ まで に フロント で ごよやく ください。
ko: 셔틀버스는 하루 전에 프런트에서 예약해 주십시오.
ko_reading: syeoteulbeoseuneun haru jeone peureonteueseo yeyakae jusipsio.
register: polite
tags: shuttle airport booking

id: hotel-16-008
lesson: hotel-16
zh: 班车在大堂正门口上车。
zh_reading: bānchē zài dàtáng zhèng ménkǒu shàngchē.
en: The shuttle leaves from the main entrance.
en_alt: You can board the shuttle at the main entrance of the lobby.
ja: シャトルバスは正面玄関から出発いたします。
ja_reading: shatoru basu wa shōmen genkan kara shuppatsu itashimasu.
ja_kana: シャトル バス は しょうめん げんかん から しゅっぱつ いたします。
ko: 셔틀버스는 정문 앞에서 출발합니다.
ko_reading: syeoteulbeoseuneun jeongmun apeseo chulbalhamnida.
register: polite
tags: shuttle directions

id: hotel-16-009
lesson: hotel-16
local: 机场名称（青岛胶东国际机场）和从市区开车的时间（约一小时，视酒店位置和路况而定）
local_source: 新华社 2021 年 8 月 12 日 青岛胶东国际机场启用报道（http://en.people.cn/n3/2021/0813/c90000-9883647.html）；《中国日报》2017 年 3 月 7 日 New airport set to reshape regional aviation（机场在胶州，离市中心约 39 公里，一期一座航站楼）；青岛国际机场集团 青岛胶东国际机场官方网站 交通指南
zh: 开车去胶东国际机场大约要一个小时。
zh_reading: kāichē qù Jiāodōng Guójì Jīchǎng dàyuē yào yí ge xiǎoshí.
en: It's about an hour's drive to Jiaodong International Airport.
en_alt: Driving to Jiaodong International Airport takes about an hour.
ja: 膠東国際空港まではお車で1時間ほどかかります。
ja_reading: Kōtō Kokusai Kūkō made wa okuruma de ichijikan hodo kakarimasu.
ja_kana: こうとう こくさい くうこう まで は おくるま で いちじかん ほど かかります。
ko: 자오둥 국제공항까지 차로 한 시간 정도 걸립니다.
ko_reading: Jaodung gukjegonghangkkaji charo han sigan jeongdo geollimnida.
note: 青岛现在的机场是胶东国际机场，旧的流亭机场已经停用；客人的旧资料上可能还写着流亭。
register: polite
tags: airport transport time

id: hotel-16-010
lesson: hotel-16
local: 通往机场的地铁线路（青岛地铁8号线，设胶东机场站）
local_source: 青岛地铁集团有限公司 官方网站 线网图（8 号线设胶东机场站）
zh: 也可以坐地铁8号线去机场。
zh_reading: yě kěyǐ zuò dìtiě bā hào xiàn qù jīchǎng.
en: You can also take Metro Line 8 to the airport.
en_alt: Metro Line 8 also goes to the airport.
ja: 空港へは地下鉄8号線もご利用いただけます。
ja_reading: kūkō e wa chikatetsu hachigōsen mo goriyō itadakemasu.
ja_kana: くうこう へ は ちかてつ はちごうせん も ごりよう いただけます。
ko: 지하철 8호선으로도 공항에 가실 수 있습니다.
ko_reading: jihacheol palhoseoneurodo gonghange gasil su itseumnida.
register: polite
tags: airport transport metro

id: hotel-16-011
lesson: hotel-16
zh: 能帮我买一张去北京的火车票吗？
zh_reading: néng bāng wǒ mǎi yì zhāng qù Běijīng de huǒchēpiào ma?
en: Could you help me buy a train ticket to Beijing?
en_alt: Can you help me get a train ticket to Beijing?
ja: 北京までの列車の切符を買うのを手伝ってもらえますか。
ja_reading: Pekin made no ressha no kippu o kau no o tetsudatte moraemasu ka.
ja_kana: ペキン まで の れっしゃ の きっぷ を かう の を てつだって もらえます か。
ko: 베이징 가는 기차표 사는 것 좀 도와주실 수 있나요?
ko_reading: Beijing ganeun gichapyo saneun geot jom dowajusil su innayo?
register: neutral
tags: train tickets concierge guest

id: hotel-16-012
lesson: hotel-16
local: 全国铁路的售票渠道（12306 网站和 App）和实名购票
local_source: 中国国家铁路集团有限公司 12306 铁路客户服务中心
zh: 火车票可以在12306网站或者App上买，要用护照实名购票。
zh_reading: huǒchēpiào kěyǐ zài yāo èr sān líng liù wǎngzhàn huòzhě App shang mǎi, yào yòng hùzhào shímíng gòupiào.
en: You can buy train tickets on the 12306 website or app. Tickets are in your name, so you'll need your passport.
en_alt: Train tickets are sold on the 12306 website and app, and you book them with your passport.
ja: 列車の切符は12306のウェブサイトかアプリでご購入いただけます。実名制のため、パスポートが必要でございます。
ja_reading: ressha no kippu wa ichi-ni-san-zero-roku no webusaito ka apuri de gokōnyū itadakemasu. jitsumeisei no tame, pasupōto ga hitsuyō de gozaimasu.
ja_kana: れっしゃ の きっぷ は いちにさんぜろろく の ウェブサイト か アプリ で ごこうにゅう いただけます。 じつめいせい の ため、 パスポート が ひつよう で ございます。
ko: 기차표는 12306 웹사이트나 앱에서 사실 수 있습니다. 실명제라서 여권이 필요합니다.
ko_reading: gichapyoneun il-i-sam-gong-yuk wepsaiteuna aebeseo sasil su itseumnida. silmyeongjeraseo yeogwoni piryohamnida.
note: 12306 读作 "one two three oh six"。车票是实名的，买票时填的护照号要和进站时出示的护照一致。
register: polite
tags: train tickets passport

id: hotel-16-013
lesson: hotel-16
zh: 进站和上车都要出示护照。
zh_reading: jìnzhàn hé shàngchē dōu yào chūshì hùzhào.
en: You'll need your passport to enter the station and to board the train.
en_alt: Please have your passport ready at the station entrance and at the gate.
ja: 駅に入るときも乗車のときも、パスポートの提示が必要です。
ja_reading: eki ni hairu toki mo jōsha no toki mo, pasupōto no teiji ga hitsuyō desu.
ja_kana: えき に はいる とき も じょうしゃ の とき も、 パスポート の ていじ が ひつよう です。
ko: 역에 들어갈 때와 기차를 탈 때 모두 여권을 보여 주셔야 합니다.
ko_reading: yeoge deureogal ttaewa gichareul tal ttae modu yeogwoneul boyeo jusyeoya hamnida.
note: 进站还要过安检，节假日人多，建议客人早点出发。
register: polite
tags: train passport

id: hotel-16-014
lesson: hotel-16
local: 同一座城市的几个火车站（青岛站、青岛北站等）
local_source: 中国国家铁路集团有限公司 12306 的车站名
zh: 您的车是从青岛北站发车，不是青岛站，别走错了。
zh_reading: nín de chē shì cóng Qīngdǎo Běi Zhàn fāchē, bú shì Qīngdǎo Zhàn, bié zǒucuò le.
en: Your train leaves from Qingdao North Station, not Qingdao Station. Please make sure you go to the right one.
en_alt: Your train departs from Qingdao North, not Qingdao Station, so please don't go to the wrong one.
ja: お客様の列車は青島駅ではなく青島北駅から発車いたしますので、お間違えのないようお気をつけください。
ja_reading: okyakusama no ressha wa Chintao-eki de wa naku Chintao-kita-eki kara hassha itashimasu node, omachigae no nai yō oki o tsuke kudasai.
ja_kana: おきゃくさま の れっしゃ は チンタオえき で は なく チンタオきたえき から はっしゃ いたします ので、 おまちがえ の ない よう おき を つけ ください。
ko: 고객님 기차는 칭다오역이 아니라 칭다오북역에서 출발하니, 역을 잘 확인하십시오.
ko_reading: gogaengnim gichaneun Chingdaoyeogi anira Chingdaobungnyeogeseo chulbalhani, yeogeul jal hwaginhasipsio.
note: 青岛有好几个火车站，名字又很像，客人常走错。把车站的中文名写给客人，出租车司机一看就懂。
register: polite
tags: train directions

# ---- 第17课：客房用品与生活提示 ----

id: hotel-17-001
lesson: hotel-17
zh: 我的插头插不进插座。
zh_reading: wǒ de chātóu chā bu jìn chāzuò.
en: My plug doesn't fit the socket.
en_alt: My plug won't go into the socket.
en_alt: My plug doesn't fit the outlet.
ja: プラグがコンセントに合いません。
ja_reading: puragu ga konsento ni aimasen.
ja_kana: プラグ が コンセント に あいません。
ko: 플러그가 콘센트에 안 맞아요.
ko_reading: peulleogeuga konsenteue an majayo.
note: 美国说 outlet，英国说 socket。
register: neutral
tags: adapter electricity guest

id: hotel-17-002
lesson: hotel-17
zh: 前台可以借转换插头，不收费。
zh_reading: qiántái kěyǐ jiè zhuǎnhuàn chātóu, bù shōufèi.
en: You can borrow a plug adapter from the front desk, free of charge.
en_alt: We lend plug adapters at the front desk for free.
ja: 変換プラグはフロントで無料でお貸ししております。
ja_reading: henkan puragu wa furonto de muryō de okashi shite orimasu.
ja_kana: へんかん プラグ は フロント で むりょう で おかし して おります。
ko: 변환 플러그는 프런트에서 무료로 빌려 드립니다.
ko_reading: byeonhwan peulleogeuneun peureonteueseo muryoro billyeo deurimnida.
note: 转换插头只改插头的形状，不改电压。
register: polite
tags: adapter electricity

id: hotel-17-003
lesson: hotel-17
local: 中国大陆的民用电压为220伏（日本100伏，美国120伏）
local_source: 《GB/T 156 标准电压》
zh: 这里的电压是220伏，用电器以前请先看一下。
zh_reading: zhèlǐ de diànyā shì èrbǎi èrshí fú, yòng diànqì yǐqián qǐng xiān kàn yíxià.
en: The voltage here is 220 volts, so please check your device before you plug it in.
en_alt: The power here is 220 volts. Please check your appliance first.
ja: こちらの電圧は220ボルトですので、ご使用前に電気製品の対応電圧をご確認ください。
ja_reading: kochira no den'atsu wa nihyaku-nijū boruto desu node, goshiyō mae ni denki seihin no taiō den'atsu o gokakunin kudasai.
ja_kana: こちら の でんあつ は にひゃくにじゅう ボルト です ので、 ごしよう まえ に でんき せいひん の たいおう でんあつ を ごかくにん ください。
ko: 이곳 전압은 220볼트이니, 사용하시기 전에 전자 제품을 확인해 주십시오.
ko_reading: igot jeonabeun ibaek isip bolteuini, sayonghasigi jeone jeonja jepumeul hwaginhae jusipsio.
note: 日本是100伏，美国、加拿大是120伏。手机和电脑的充电器一般都能用，
+ 但从这些国家带来的吹风机、卷发棒直接插上可能会烧坏。韩国也是220伏。
register: polite
tags: adapter electricity safety

id: hotel-17-004
lesson: hotel-17
zh: 电热水壶在电视柜下面的抽屉里。
zh_reading: diànrèshuǐhú zài diànshìguì xiàmian de chōuti li.
en: The kettle is in the drawer under the TV.
en_alt: You'll find the kettle in the drawer below the TV.
ja: 電気ケトルはテレビ台の下の引き出しにございます。
ja_reading: denki ketoru wa terebi-dai no shita no hikidashi ni gozaimasu.
ja_kana: でんき ケトル は テレビだい の した の ひきだし に ございます。
ko: 전기 주전자는 텔레비전 아래 서랍 안에 있습니다.
ko_reading: jeongi jujeonjaneun tellebijeon arae seorap ane itseumnida.
register: polite
tags: kettle amenities

id: hotel-17-005
lesson: hotel-17
zh: 自来水能直接喝吗？
zh_reading: zìláishuǐ néng zhíjiē hē ma?
en: Is the tap water safe to drink?
en_alt: Can I drink the tap water?
ja: 水道水はそのまま飲めますか。
ja_reading: suidōsui wa sono mama nomemasu ka.
ja_kana: すいどうすい は その まま のめます か。
ko: 수돗물을 그냥 마셔도 되나요?
ko_reading: sudonmureul geunyang masyeodo doenayo?
register: neutral
tags: water guest

id: hotel-17-006
lesson: hotel-17
zh: 自来水不建议直接喝，请烧开再喝，或者喝瓶装水。
zh_reading: zìláishuǐ bú jiànyì zhíjiē hē, qǐng shāokāi zài hē, huòzhě hē píngzhuāngshuǐ.
en: We don't recommend drinking the tap water. Please boil it first, or drink bottled water.
en_alt: Please don't drink the tap water unboiled. Boil it, or use the bottled water.
ja: 水道水はそのまま飲まず、沸かしてからお飲みいただくか、ボトルの水をお使いください。
ja_reading: suidōsui wa sono mama nomazu, wakashite kara onomi itadaku ka, botoru no mizu o otsukai kudasai.
ja_kana: すいどうすい は その まま のまず、 わかして から おのみ いただく か、 ボトル の みず を おつかい ください。
ko: 수돗물은 그냥 드시지 말고 끓여 드시거나 생수를 드십시오.
ko_reading: sudonmureun geunyang deusiji malgo kkeuryeo deusigeona saengsureul deusipsio.
note: 这是酒店给客人的建议，不要说成"自来水有毒"或"水很脏"。刷牙用自来水一般没问题。
register: polite
tags: water kettle

id: hotel-17-007
lesson: hotel-17
zh: 瓶装水喝完了，可以打电话让我们再送。
zh_reading: píngzhuāngshuǐ hē wán le, kěyǐ dǎ diànhuà ràng wǒmen zài sòng.
en: If you run out of bottled water, just call us and we'll bring you more.
en_alt: Just give us a call if you need more bottled water.
ja: お水がなくなりましたら、お電話いただければお持ちいたします。
ja_reading: omizu ga nakunarimashitara, odenwa itadakereba omochi itashimasu.
ja_kana: おみず が なくなりましたら、 おでんわ いただければ おもち いたします。
ko: 생수가 떨어지면 전화 주십시오. 더 가져다 드리겠습니다.
ko_reading: saengsuga tteoreojimyeon jeonhwa jusipsio. deo gajyeoda deurigetseumnida.
register: polite
tags: water housekeeping

id: hotel-17-008
lesson: hotel-17
local: 宾馆酒店不主动提供一次性塑料用品（2022年底起星级宾馆，2025年底起所有宾馆、酒店、民宿）
local_source: 《国家发展改革委 生态环境部关于进一步加强塑料污染治理的意见》（发改环资〔2020〕80号）
zh: 按照国家规定，客房里不再主动放一次性洗漱用品。
zh_reading: ànzhào guójiā guīdìng, kèfáng li bú zài zhǔdòng fàng yícìxìng xǐshù yòngpǐn.
en: Under national rules, we no longer put disposable toiletries in the rooms.
en_alt: In line with national regulations, disposable toiletries are no longer placed in the rooms.
ja: 国の規定により、使い捨てのアメニティはお部屋に置いておりません。
ja_reading: kuni no kitei ni yori, tsukaisute no ameniti wa oheya ni oite orimasen.
ja_kana: くに の きてい に より、 つかいすて の アメニティ は おへや に おいて おりません。
ko: 국가 규정에 따라 일회용 세면도구는 객실에 비치하지 않습니다.
ko_reading: gukga gyujeonge ttara ilhoeyong semyeondoguneun gaeksire bichihaji anseumnida.
note: 规定是"不主动提供"，不是"不提供"：客人要，照样给（是否收费按酒店规定），
+ 所以这句话后面一定要接下一句。
register: polite
tags: toiletries amenities law

id: hotel-17-009
lesson: hotel-17
zh: 需要牙刷、梳子或者剃须刀的话，请打电话到前台，我们给您送去。
zh_reading: xūyào yáshuā, shūzi huòzhě tìxūdāo dehuà, qǐng dǎ diànhuà dào qiántái, wǒmen gěi nín sòng qu.
en: If you need a toothbrush, comb or razor, just call the front desk and we'll bring one up.
en_alt: Please call the front desk if you need a toothbrush, a comb or a razor, and we'll send it up.
ja: 歯ブラシ、くし、かみそりが必要でしたら、フロントまでお電話ください。お部屋までお持ちいたします。
ja_reading: haburashi, kushi, kamisori ga hitsuyō deshitara, furonto made odenwa kudasai. oheya made omochi itashimasu.
ja_kana: はブラシ、 くし、 かみそり が ひつよう でしたら、 フロント まで おでんわ ください。 おへや まで おもち いたします。
ko: 칫솔, 빗, 면도기가 필요하시면 프런트로 전화 주십시오. 객실로 가져다 드리겠습니다.
ko_reading: chitsol, bit, myeondogiga piryohasimyeon peureonteuro jeonhwa jusipsio. gaeksillo gajyeoda deurigetseumnida.
register: polite
tags: toiletries amenities

id: hotel-17-010
lesson: hotel-17
zh: 洗发水和沐浴露在淋浴间墙上的瓶子里。
zh_reading: xǐfàshuǐ hé mùyùlù zài línyùjiān qiáng shang de píngzi li.
en: The shampoo and shower gel are in the dispensers on the shower wall.
en_alt: You'll find shampoo and body wash in the dispensers in the shower.
ja: シャンプーとボディソープは、シャワールームの壁のディスペンサーにございます。
ja_reading: shanpū to bodi sōpu wa, shawā rūmu no kabe no disupensā ni gozaimasu.
ja_kana: シャンプー と ボディ ソープ は、 シャワー ルーム の かべ の ディスペンサー に ございます。
ko: 샴푸와 바디워시는 샤워실 벽에 달린 디스펜서에 있습니다.
ko_reading: syampuwa badiwosineun syawosil byeoge dallin diseupenseoe itseumnida.
register: polite
tags: toiletries amenities

id: hotel-17-011
lesson: hotel-17
zh: 房间里怎么没有牙刷？
zh_reading: fángjiān li zěnme méiyǒu yáshuā?
en: Why isn't there a toothbrush in the room?
en_alt: There's no toothbrush in my room.
ja: 部屋に歯ブラシがないんですが。
ja_reading: heya ni haburashi ga nai n desu ga.
ja_kana: へや に はブラシ が ない ん です が。
ko: 방에 칫솔이 왜 없어요?
ko_reading: bange chitsori wae eopseoyo?
note: 很多国家的酒店本来就不放牙刷，有的客人以为是漏放了，耐心说明就好。
register: casual
tags: toiletries amenities guest

id: hotel-17-012
lesson: hotel-17
zh: 能借我一个充电器吗？
zh_reading: néng jiè wǒ yí ge chōngdiànqì ma?
en: Could I borrow a phone charger?
en_alt: Do you have a phone charger I could borrow?
ja: 充電器を貸していただけますか。
ja_reading: jūdenki o kashite itadakemasu ka.
ja_kana: じゅうでんき を かして いただけます か。
ko: 충전기 좀 빌릴 수 있을까요?
ko_reading: chungjeongi jom billil su isseulkkayo?
register: polite
tags: charger amenities guest

id: hotel-17-013
lesson: hotel-17
zh: 可以。请问您的手机是什么接口的？
zh_reading: kěyǐ. qǐngwèn nín de shǒujī shì shénme jiēkǒu de?
en: Of course. What kind of connector does your phone use?
en_alt: Certainly. Which type of charging cable does your phone need?
ja: かしこまりました。携帯電話の端子の種類をお教えいただけますか。
ja_reading: kashikomarimashita. keitai denwa no tanshi no shurui o oshie itadakemasu ka.
ja_kana: かしこまりました。 けいたい でんわ の たんし の しゅるい を おおしえ いただけます か。
ko: 네, 휴대폰 충전 단자가 어떤 종류인가요?
ko_reading: ne, hyudaepon chungjeon danjaga eotteon jongnyuingayo?
note: 客人常说 "USB-C" 或 "Lightning"（苹果的旧接口）。
register: polite
tags: charger amenities

# ---- 第18课：房卡、梯控、访客与失窃 ----

id: hotel-18-001
lesson: hotel-18
zh: 电梯要先刷房卡，才能按您的楼层。
zh_reading: diàntī yào xiān shuā fángkǎ, cái néng àn nín de lóucéng.
en: In the lift, please tap your key card first, then press your floor.
en_alt: You'll need to tap your key card in the elevator before you can select your floor.
ja: エレベーターでは、先にカードキーをかざしてから階数ボタンを押してください。
ja_reading: erebētā de wa, saki ni kādo kī o kazashite kara kaisū botan o oshite kudasai.
ja_kana: エレベーター で は、 さき に カード キー を かざして から かいすう ボタン を おして ください。
ko: 엘리베이터에서는 카드키를 먼저 찍으신 후에 층 버튼을 눌러 주십시오.
ko_reading: ellibeiteoeseoneun kadeukireul meonjeo jjigeusin hue cheung beoteuneul nulleo jusipsio.
note: 为了安全，很多酒店的电梯要刷房卡才能到客房楼层。入住时就告诉客人，免得他在电梯里着急。
register: polite
tags: key-card lift safety check-in

id: hotel-18-002
lesson: hotel-18
zh: 电梯按不了我的楼层。
zh_reading: diàntī àn bu liǎo wǒ de lóucéng.
en: The lift won't let me select my floor.
en_alt: The elevator won't go to my floor.
ja: エレベーターで自分の階のボタンが押せません。
ja_reading: erebētā de jibun no kai no botan ga osemasen.
ja_kana: エレベーター で じぶん の かい の ボタン が おせません。
ko: 엘리베이터에서 제 층 버튼이 안 눌려요.
ko_reading: ellibeiteoeseo je cheung beoteuni an nullyeoyo.
register: neutral
tags: key-card lift guest

id: hotel-18-003
lesson: hotel-18
zh: 为了您的安全，补办房卡之前，我需要核对一下您的身份。
zh_reading: wèile nín de ānquán, bǔbàn fángkǎ zhīqián, wǒ xūyào héduì yíxià nín de shēnfèn.
en: For your security, I need to check your ID before I make you a new key.
en_alt: For security reasons, I'll need to confirm your identity before issuing a new key card.
ja: 安全のため、カードキーを再発行する前にご本人様の確認をさせていただきます。
ja_reading: anzen no tame, kādo kī o saihakkō suru mae ni gohonnin-sama no kakunin o sasete itadakimasu.
ja_kana: あんぜん の ため、 カード キー を さいはっこう する まえ に ごほんにんさま の かくにん を させて いただきます。
ko: 고객님의 안전을 위해 카드키를 다시 발급하기 전에 신분을 확인하겠습니다.
ko_reading: gogaengnimui anjeoneul wihae kadeukireul dasi balgeupagi jeone sinbuneul hwaginhagetseumnida.
note: 先说"为了您的安全"，客人就不会觉得被怀疑。
register: polite
tags: key-card safety

id: hotel-18-004
lesson: hotel-18
zh: 请出示护照，再告诉我您的房间号。
zh_reading: qǐng chūshì hùzhào, zài gàosu wǒ nín de fángjiānhào.
en: May I see your passport, and could you tell me your room number?
en_alt: Could I see your passport and have your room number, please?
ja: パスポートを拝見できますか。お部屋番号もお願いいたします。
ja_reading: pasupōto o haiken dekimasu ka. oheya bangō mo onegai itashimasu.
ja_kana: パスポート を はいけん できます か。 おへや ばんごう も おねがい いたします。
ko: 여권을 보여 주시고 객실 번호를 말씀해 주시겠습니까?
ko_reading: yeogwoneul boyeo jusigo gaeksil beonhoreul malsseumhae jusigetseumnikka?
note: 只凭客人报的房号就做房卡，是常见的安全漏洞。房号让客人自己说，员工不要念出来
+ （不要问 "Is it 1208?"），也不要大声说，以免旁人听见。
register: polite
tags: key-card safety passport privacy

id: hotel-18-005
lesson: hotel-18
zh: 很抱歉，房卡只能交给登记入住的客人。
zh_reading: hěn bàoqiàn, fángkǎ zhǐ néng jiāo gěi dēngjì rùzhù de kèrén.
en: I'm sorry, but we can only give keys to guests who are registered in the room.
en_alt: I'm afraid keys can only be issued to the registered guests.
ja: 申し訳ございません。カードキーはご登録のお客様にのみお渡ししております。
ja_reading: mōshiwake gozaimasen. kādo kī wa gotōroku no okyakusama ni nomi owatashi shite orimasu.
ja_kana: もうしわけ ございません。 カード キー は ごとうろく の おきゃくさま に のみ おわたし して おります。
ko: 죄송합니다. 카드키는 등록된 투숙객에게만 드릴 수 있습니다.
ko_reading: joesonghamnida. kadeukineun deungnokdoen tusukgaegegeman deuril su itseumnida.
note: 就算对方说是客人的家人或同事，也不能给房卡；可以请他在大堂等，由前台打电话给客人。
register: polite
tags: key-card safety refusal

id: hotel-18-006
lesson: hotel-18
zh: 很抱歉，我们不能透露客人的房间号。
zh_reading: hěn bàoqiàn, wǒmen bù néng tòulù kèrén de fángjiānhào.
en: I'm sorry, but we can't give out guests' room numbers.
en_alt: I'm afraid we're not able to share a guest's room number.
ja: 申し訳ございません。お客様のお部屋番号はお教えできかねます。
ja_reading: mōshiwake gozaimasen. okyakusama no oheya bangō wa ooshie dekikanemasu.
ja_kana: もうしわけ ございません。 おきゃくさま の おへや ばんごう は おおしえ できかねます。
ko: 죄송합니다. 투숙객의 객실 번호는 알려 드릴 수 없습니다.
ko_reading: joesonghamnida. tusukgaegui gaeksil beonhoneun allyeo deuril su eopseumnida.
register: polite
tags: visitors privacy refusal

id: hotel-18-007
lesson: hotel-18
zh: 我帮您打电话到房间，问问客人。
zh_reading: wǒ bāng nín dǎ diànhuà dào fángjiān, wènwen kèrén.
en: Let me call the guest's room for you.
en_alt: I'll call the room and let the guest know you're here.
ja: お部屋にお電話して、お客様に確認いたします。
ja_reading: oheya ni odenwa shite, okyakusama ni kakunin itashimasu.
ja_kana: おへや に おでんわ して、 おきゃくさま に かくにん いたします。
ko: 객실로 전화해서 투숙객께 여쭤 보겠습니다.
ko_reading: gaeksillo jeonhwahaeseo tusukgaekke yeojjwo bogetseumnida.
note: 客人同意见面，再请访客上楼或请客人下来；客人不接电话或不想见，就请访客留言，
+ 不要说出客人在不在房间。
register: polite
tags: visitors privacy telephone

id: hotel-18-008
lesson: hotel-18
local: 访客出示证件并登记：按本酒店的访客规定；当地公安机关对旅馆访客登记的要求按《青岛市旅馆治安管理细则》的现行正式文本核对（未核对，核对前不说"当地的规定"）
local_source: 本酒店的访客管理规定；《青岛市旅馆治安管理细则》（是否现行、条文号未向青岛市公安局核对）
zh: 访客请在前台出示证件并登记。
zh_reading: fǎngkè qǐng zài qiántái chūshì zhèngjiàn bìng dēngjì.
en: Visitors need to show ID and sign in at the front desk.
en_alt: All visitors are asked to register with ID at the front desk.
ja: ご面会の方は、フロントで身分証明書をご提示のうえ、ご記帳をお願いいたします。
ja_reading: gomenkai no kata wa, furonto de mibun shōmeisho o goteiji no ue, gokichō o onegai itashimasu.
ja_kana: ごめんかい の かた は、 フロント で みぶん しょうめいしょ を ごていじ の うえ、 ごきちょう を おねがい いたします。
ko: 방문객께서는 프런트에서 신분증을 보여 주시고 방문 등록을 해 주십시오.
ko_reading: bangmungaekkeseoneun peureonteueseo sinbunjeungeul boyeo jusigo bangmun deungnogeul hae jusipsio.
note: 外国访客用护照登记。先说明这是酒店的安全规定，不是针对他本人。
register: polite
tags: visitors registration law

id: hotel-18-009
lesson: hotel-18
local: 访客几点以前离开、能不能留宿：按本酒店的规定；《青岛市旅馆治安管理细则》中访客会客不超过当日二十三时、不得在旅馆内过夜的规定未按正式文本核对，核对前不说钟点，也不说"当地的规定"
local_source: 本酒店的访客管理规定；《青岛市旅馆治安管理细则》（是否现行、条文号未向青岛市公安局核对）
zh: 按酒店的规定，访客不能在客房过夜。
zh_reading: àn jiǔdiàn de guīdìng, fǎngkè bù néng zài kèfáng guòyè.
en: Under the hotel's rules, visitors can't stay overnight in the room.
en_alt: Hotel rules don't allow visitors to stay the night.
ja: ホテルの規則により、ご面会の方はお部屋にお泊まりいただけません。
ja_reading: hoteru no kisoku ni yori, gomenkai no kata wa oheya ni otomari itadakemasen.
ja_kana: ホテル の きそく に より、 ごめんかい の かた は おへや に おとまり いただけません。
ko: 호텔 규정상 방문객은 객실에서 주무실 수 없습니다.
ko_reading: hotel gyujeongsang bangmungaegeun gaeksireseo jumusil su eopseumnida.
note: 访客晚上几点以前要离开，按本酒店的规定说；朋友要住下，就为他办入住登记（见下一句）。
register: polite
tags: visitors time

id: hotel-18-010
lesson: hotel-18
local: 每一位住宿的人都要登记；外国人的住宿信息由酒店报送当地公安机关
local_source: 《旅馆业治安管理办法》第六条（旅馆接待旅客住宿必须登记）；《中华人民共和国出境入境管理法》第三十九条（外国人住宿登记信息由旅馆报送公安机关）
zh: 您的朋友如果要住下，我们也需要为他办理入住登记。
zh_reading: nín de péngyou rúguǒ yào zhùxia, wǒmen yě xūyào wèi tā bànlǐ rùzhù dēngjì.
en: If your friend is staying the night, we'll need to register them too.
en_alt: If your friend stays overnight, we'll need to check them in as well.
ja: ご友人がお泊まりになる場合は、ご友人の宿泊登録も必要でございます。
ja_reading: goyūjin ga otomari ni naru baai wa, goyūjin no shukuhaku tōroku mo hitsuyō de gozaimasu.
ja_kana: ごゆうじん が おとまり に なる ばあい は、 ごゆうじん の しゅくはく とうろく も ひつよう で ございます。
ko: 친구분께서 주무시고 가시려면 저희가 숙박 등록을 해 드려야 합니다.
ko_reading: chingubunkkeseo jumusigo gasiryeomyeon jeohuiga sukbak deungnogeul hae deuryeoya hamnida.
note: 登记是酒店替客人办的，客人只需出示护照或身份证。房价是否因人数变化，按酒店规定说明。
register: polite
tags: visitors registration law passport

id: hotel-18-011
lesson: hotel-18
zh: 我的保险箱打不开了。
zh_reading: wǒ de bǎoxiǎnxiāng dǎ bu kāi le.
en: I can't open my safe.
en_alt: My safe is locked and won't open.
ja: セーフティボックスが開かなくなりました。
ja_reading: sēfuti bokkusu ga akanaku narimashita.
ja_kana: セーフティ ボックス が あかなく なりました。
ko: 금고가 안 열려요.
ko_reading: geumgoga an yeollyeoyo.
note: 常见原因是忘了自己设的密码，或者连续输错被锁住。
register: neutral
tags: safe room-problem guest

id: hotel-18-012
lesson: hotel-18
zh: 保安和工程部的同事马上一起过去，开箱前要先核对您的证件。
zh_reading: bǎo'ān hé gōngchéngbù de tóngshì mǎshàng yìqǐ guòqu, kāi xiāng qián yào xiān héduì nín de zhèngjiàn.
en: Security and an engineer will come up together right away. They'll need to check your ID before opening it.
en_alt: Someone from security and an engineer are on their way; they'll check your ID first.
ja: 警備とエンジニアがすぐに伺います。開ける前に、ご本人様確認をさせていただきます。
ja_reading: keibi to enjinia ga sugu ni ukagaimasu. akeru mae ni, gohonnin-sama kakunin o sasete itadakimasu.
ja_kana: けいび と エンジニア が すぐ に うかがいます。 あける まえ に、 ごほんにんさま かくにん を させて いただきます。
ko: 보안 요원과 엔지니어가 바로 함께 가겠습니다. 열기 전에 신분증을 확인하겠습니다.
ko_reading: boan yowongwa enjinieoga baro hamkke gagetseumnida. yeolgi jeone sinbunjeungeul hwaginhagetseumnida.
note: 开保险箱时要有两名员工和客人本人在场，并做记录。
register: polite
tags: safe safety

id: hotel-18-013
lesson: hotel-18
zh: 我房间里的东西被偷了。
zh_reading: wǒ fángjiān li de dōngxi bèi tōu le.
en: Something has been stolen from my room.
en_alt: Some of my things have been stolen from my room.
ja: 部屋から物が盗まれました。
ja_reading: heya kara mono ga nusumaremashita.
ja_kana: へや から もの が ぬすまれました。
ko: 방에 있던 물건을 도둑맞았어요.
ko_reading: bange itdeon mulgeoneul dodungmajasseoyo.
register: neutral
tags: theft police guest

id: hotel-18-014
lesson: hotel-18
zh: 请先不要动房间里的东西，我马上通知保安，并帮您报警。
zh_reading: qǐng xiān bú yào dòng fángjiān li de dōngxi, wǒ mǎshàng tōngzhī bǎo'ān, bìng bāng nín bàojǐng.
en: Please don't touch anything in the room for now. I'll call security straight away and help you report it to the police.
en_alt: Please leave everything as it is. I'm calling security now, and we'll help you contact the police.
ja: お部屋の物にはなるべく触れずにお待ちください。すぐに警備に連絡し、警察への届け出もお手伝いいたします。
ja_reading: oheya no mono ni wa narubeku furezu ni omachi kudasai. sugu ni keibi ni renraku shi, keisatsu e no todokede mo otetsudai itashimasu.
ja_kana: おへや の もの に は なるべく ふれず に おまち ください。 すぐ に けいび に れんらく し、 けいさつ へ の とどけで も おてつだい いたします。
ko: 객실 안의 물건은 건드리지 말아 주십시오. 바로 보안팀에 알리고 경찰 신고도 도와 드리겠습니다.
ko_reading: gaeksil anui mulgeoneun geondeuriji mara jusipsio. baro boantime alligo gyeongchal singodo dowa deurigetseumnida.
note: 要保护现场：不要让客房员工进去打扫。报警电话是110；警方受理后给的报案回执，客人办保险理赔时要用。
register: polite
tags: theft police security

id: hotel-18-015
lesson: hotel-18
zh: 请列一下丢了什么东西，大概值多少钱。
zh_reading: qǐng liè yíxià diū le shénme dōngxi, dàgài zhí duōshao qián.
en: Could you make a list of what's missing and roughly what it's worth?
en_alt: Please write down what's missing and about how much it's worth.
ja: なくなった物と、おおよその金額を書き出していただけますか。
ja_reading: nakunatta mono to, ōyoso no kingaku o kakidashite itadakemasu ka.
ja_kana: なくなった もの と、 おおよそ の きんがく を かきだして いただけます か。
ko: 없어진 물건과 대략적인 금액을 적어 주시겠습니까?
ko_reading: eopseojin mulgeongwa daeryakjeogin geumaegeul jeogeo jusigetseumnikka?
register: polite
tags: theft police

# ---- 第19课：台风、停电与疏散 ----

id: hotel-19-001
lesson: hotel-19
local: 台风预警由当地气象台发布，信号分蓝、黄、橙、红四级（红色最严重）
local_source: 《气象灾害预警信号发布与传播办法》（中国气象局令第16号）所附台风预警信号
zh: 气象台发布了台风橙色预警。
zh_reading: qìxiàngtái fābù le táifēng chéngsè yùjǐng.
en: The weather service has issued an orange typhoon warning.
en_alt: An orange typhoon warning has been issued.
ja: 気象台から台風のオレンジ色警報が発表されております。
ja_reading: kishōdai kara taifū no orenji-iro keihō ga happyō sarete orimasu.
ja_kana: きしょうだい から たいふう の オレンジいろ けいほう が はっぴょう されて おります。
ko: 기상대에서 태풍 주황색 경보를 발령했습니다.
ko_reading: gisangdaeeseo taepung juhwangsaek gyeongboreul ballyeonghaetseumnida.
note: 中国的台风预警信号分蓝、黄、橙、红四级，红色最严重。外国客人不熟悉这套颜色，
+ 最好接着说要注意什么（下面几句）。
register: polite
tags: typhoon weather safety

id: hotel-19-002
lesson: hotel-19
zh: 台风预计今晚经过青岛，请尽量不要外出。
zh_reading: táifēng yùjì jīnwǎn jīngguò Qīngdǎo, qǐng jǐnliàng bú yào wàichū.
en: The typhoon is expected to pass Qingdao tonight. Please stay indoors if you can.
en_alt: The typhoon should reach Qingdao tonight, so please avoid going out.
ja: 台風は今夜、青島付近を通過する見込みですので、できるだけ外出はお控えください。
ja_reading: taifū wa kon'ya, Chintao fukin o tsūka suru mikomi desu node, dekiru dake gaishutsu wa ohikae kudasai.
ja_kana: たいふう は こんや、 チンタオ ふきん を つうか する みこみ です ので、 できる だけ がいしゅつ は おひかえ ください。
ko: 태풍이 오늘 밤 칭다오를 지나갈 것으로 보이니, 되도록 외출을 삼가 주십시오.
ko_reading: taepungi oneul bam Chingdaoreul jinagal geoseuro boini, doedorok oechureul samga jusipsio.
note: 青岛在黄海边，夏秋季节可能受台风影响。
register: polite
tags: typhoon weather safety
local: 例句里的城市名是青岛；青岛在黄海边，夏秋季节可能受台风影响（台风的路径和时间以当地气象台当天发布的为准）
local_source: 中国气象局和青岛市气象台发布的台风预报和预警（未核对）

id: hotel-19-003
lesson: hotel-19
zh: 请关好窗户，不要靠近玻璃。
zh_reading: qǐng guānhǎo chuānghu, bú yào kàojìn bōli.
en: Please keep your windows closed and stay away from the glass.
en_alt: Please make sure the windows are shut, and keep away from them.
ja: 窓をしっかり閉めて、窓ガラスには近づかないでください。
ja_reading: mado o shikkari shimete, mado garasu ni wa chikazukanaide kudasai.
ja_kana: まど を しっかり しめて、 まど ガラス に は ちかづかないで ください。
ko: 창문을 꼭 닫으시고 유리 가까이 가지 마십시오.
ko_reading: changmuneul kkok dadeusigo yuri gakkai gaji masipsio.
register: polite
tags: typhoon safety

id: hotel-19-004
lesson: hotel-19
zh: 海水浴场和海边的栈道都已经关闭了。
zh_reading: hǎishuǐ yùchǎng hé hǎibiān de zhàndào dōu yǐjīng guānbì le.
en: The beaches and the seaside boardwalk are closed.
en_alt: The beaches and the walkway along the sea have been closed.
ja: 海水浴場と海沿いの遊歩道は閉鎖されております。
ja_reading: kaisuiyokujō to umizoi no yūhodō wa heisa sarete orimasu.
ja_kana: かいすいよくじょう と うみぞい の ゆうほどう は へいさ されて おります。
ko: 해수욕장과 해안 산책로는 모두 폐쇄되었습니다.
ko_reading: haesuyokjanggwa haean sanchaengnoneun modu pyeswaedoeeotseumnida.
note: 台风天不要让客人去海边看浪、拍照。
register: polite
tags: typhoon safety closure

id: hotel-19-005
lesson: hotel-19
zh: 轮渡今天停航了。
zh_reading: lúndù jīntiān tíngháng le.
en: The ferries aren't running today.
en_alt: Ferry services have been suspended for today.
ja: 本日はフェリーが欠航となっております。
ja_reading: honjitsu wa ferī ga kekkō to natte orimasu.
ja_kana: ほんじつ は フェリー が けっこう と なって おります。
ko: 오늘은 여객선 운항이 중단되었습니다.
ko_reading: oneureun yeogaekseon unhangi jungdandoeeotseumnida.
note: 台风、大风和大雾天，轮渡常会停航，邮轮也可能改期；请客人以船公司的通知为准。
register: polite
tags: typhoon ferry transport closure

id: hotel-19-006
lesson: hotel-19
zh: 航班和火车可能会延误或取消，出发前请先查一下。
zh_reading: hángbān hé huǒchē kěnéng huì yánwù huò qǔxiāo, chūfā qián qǐng xiān chá yíxià.
en: Flights and trains may be delayed or cancelled. Please check before you set off.
en_alt: Please check your flight or train before leaving, as there may be delays or cancellations.
ja: 飛行機や列車に遅延や欠航、運休が出る可能性がございますので、お出かけ前にご確認ください。
ja_reading: hikōki ya ressha ni chien ya kekkō, unkyū ga deru kanōsei ga gozaimasu node, odekake mae ni gokakunin kudasai.
ja_kana: ひこうき や れっしゃ に ちえん や けっこう、 うんきゅう が でる かのうせい が ございます ので、 おでかけ まえ に ごかくにん ください。
ko: 항공편과 기차가 지연되거나 취소될 수 있으니, 출발 전에 확인해 주십시오.
ko_reading: hanggongpyeongwa gichaga jiyeondoegeona chwisodoel su isseuni, chulbal jeone hwaginhae jusipsio.
note: 日语说飞机、船停开是「欠航」，火车停开是「運休」。
register: polite
tags: typhoon transport airport train

id: hotel-19-007
lesson: hotel-19
zh: 台风天出门安全吗？
zh_reading: táifēng tiān chūmén ānquán ma?
en: Is it safe to go out in the typhoon?
en_alt: Is it safe to go outside during the typhoon?
ja: 台風の中、出かけても大丈夫ですか。
ja_reading: taifū no naka, dekakete mo daijōbu desu ka.
ja_kana: たいふう の なか、 でかけて も だいじょうぶ です か。
ko: 태풍 때 밖에 나가도 안전한가요?
ko_reading: taepung ttae bakke nagado anjeonhangayo?
register: neutral
tags: typhoon safety guest

id: hotel-19-008
lesson: hotel-19
zh: 这一片停电了，应急灯已经亮了。
zh_reading: zhè yí piàn tíngdiàn le, yìngjídēng yǐjīng liàng le.
en: There's a power cut in this area. The emergency lighting is on.
en_alt: The power is out in the area, but the emergency lights are working.
ja: この地域で停電が発生しておりますが、非常灯は点灯しております。
ja_reading: kono chiiki de teiden ga hassei shite orimasu ga, hijōtō wa tentō shite orimasu.
ja_kana: この ちいき で ていでん が はっせい して おります が、 ひじょうとう は てんとう して おります。
ko: 이 지역에 정전이 발생했지만 비상등은 켜져 있습니다.
ko_reading: i jiyeoge jeongjeoni balsaenghaetjiman bisangdeungeun kyeojyeo itseumnida.
note: 英国说 power cut，美国说 power outage；说 "The power is out" 两边都懂。
register: polite
tags: power-cut safety

id: hotel-19-009
lesson: hotel-19
zh: 电梯暂停使用，请走楼梯，每个楼梯口都有员工帮忙。
zh_reading: diàntī zàntíng shǐyòng, qǐng zǒu lóutī, měi ge lóutīkǒu dōu yǒu yuángōng bāngmáng.
en: The lifts are out of service, so please use the stairs. Our staff are at every stairway to help.
en_alt: The elevators aren't working; please take the stairs, where our staff will help you.
ja: エレベーターは停止しておりますので、階段をご利用ください。各階段に係員がおります。
ja_reading: erebētā wa teishi shite orimasu node, kaidan o goriyō kudasai. kaku kaidan ni kakariin ga orimasu.
ja_kana: エレベーター は ていし して おります ので、 かいだん を ごりよう ください。 かく かいだん に かかりいん が おります。
ko: 엘리베이터 운행이 중단되었으니 계단을 이용해 주십시오. 계단마다 직원이 안내해 드립니다.
ko_reading: ellibeiteo unhaengi jungdandoeeosseuni gyedaneul iyonghae jusipsio. gyedanmada jigwoni annaehae deurimnida.
note: 停电时先查电梯里有没有人被困，有的话马上报告工程部和保安。
register: polite
tags: power-cut lift safety

id: hotel-19-010
lesson: hotel-19
zh: 我们给您送手电筒和饮用水。
zh_reading: wǒmen gěi nín sòng shǒudiàntǒng hé yǐnyòngshuǐ.
en: We'll bring you a torch and some drinking water.
en_alt: We'll bring a flashlight and some drinking water up to your room.
ja: 懐中電灯と飲み水をお持ちいたします。
ja_reading: kaichū dentō to nomimizu o omochi itashimasu.
ja_kana: かいちゅう でんとう と のみみず を おもち いたします。
ko: 손전등과 마실 물을 가져다 드리겠습니다.
ko_reading: sonjeondeunggwa masil mureul gajyeoda deurigetseumnida.
note: 手电筒英国叫 torch，美国叫 flashlight。
register: polite
tags: power-cut amenities

id: hotel-19-011
lesson: hotel-19
zh: 来电以后我们会马上通知您。
zh_reading: láidiàn yǐhòu wǒmen huì mǎshàng tōngzhī nín.
en: We'll let you know as soon as the power is back.
en_alt: We'll tell you as soon as the electricity comes back on.
ja: 電気が復旧しましたら、すぐにお知らせいたします。
ja_reading: denki ga fukkyū shimashitara, sugu ni oshirase itashimasu.
ja_kana: でんき が ふっきゅう しましたら、 すぐ に おしらせ いたします。
ko: 전기가 복구되면 바로 알려 드리겠습니다.
ko_reading: jeongiga bokgudoemyeon baro allyeo deurigetseumnida.
note: 不知道什么时候来电，就不要估时间；可以说 "We'll keep you updated."
register: polite
tags: power-cut follow-up

id: hotel-19-012
lesson: hotel-19
zh: 这是紧急疏散，请马上离开大楼，不要带行李。
zh_reading: zhè shì jǐnjí shūsàn, qǐng mǎshàng líkāi dàlóu, bú yào dài xíngli.
en: This is an emergency evacuation. Please leave the building now and leave your luggage behind.
en_alt: We are evacuating the building. Please leave now, without your bags.
ja: 緊急避難です。荷物は持たずに、ただちに建物の外へ避難してください。
ja_reading: kinkyū hinan desu. nimotsu wa motazu ni, tadachi ni tatemono no soto e hinan shite kudasai.
ja_kana: きんきゅう ひなん です。 にもつ は もたず に、 ただちに たてもの の そと へ ひなん して ください。
ko: 긴급 대피입니다. 짐은 두고 즉시 건물 밖으로 대피해 주십시오.
ko_reading: gingeup daepiimnida. jimeun dugo jeuksi geonmul bakkeuro daepihae jusipsio.
note: 疏散时话要短、清楚、坚定，不必用太多客气话；日语、韩语也用直接的说法。
register: neutral
tags: evacuation emergency safety

id: hotel-19-013
lesson: hotel-19
zh: 请不要回房间拿东西。
zh_reading: qǐng bú yào huí fángjiān ná dōngxi.
en: Please don't go back to your room for your things.
en_alt: Please do not return to your room for your belongings.
ja: お部屋に荷物を取りに戻らないでください。
ja_reading: oheya ni nimotsu o tori ni modoranaide kudasai.
ja_kana: おへや に にもつ を とり に もどらないで ください。
ko: 물건을 가지러 객실로 돌아가지 마십시오.
ko_reading: mulgeoneul gajireo gaeksillo doragaji masipsio.
register: neutral
tags: evacuation emergency safety

id: hotel-19-014
lesson: hotel-19
zh: 您同房间的人都出来了吗？
zh_reading: nín tóng fángjiān de rén dōu chūlai le ma?
en: Is everyone from your room here?
en_alt: Has everyone in your room got out?
ja: 同じお部屋の方は皆さんお揃いですか。
ja_reading: onaji oheya no kata wa minasan osoroi desu ka.
ja_kana: おなじ おへや の かた は みなさん おそろい です か。
ko: 같은 객실에 계신 분들은 모두 나오셨습니까?
ko_reading: gateun gaeksire gyesin bundeureun modu naosyeotseumnikka?
note: 清点人数时问清房号和人数。有人没出来，马上告诉消防员，员工不要自己回去找。
register: polite
tags: evacuation emergency

id: hotel-19-015
lesson: hotel-19
zh: 警报解除了，可以回房间了。谢谢您的配合。
zh_reading: jǐngbào jiěchú le, kěyǐ huí fángjiān le. xièxie nín de pèihé.
en: The all-clear has been given, and you can go back to your room now. Thank you for your cooperation.
en_alt: It's safe to go back to your room now. Thank you for your patience.
ja: 警報が解除されましたので、お部屋にお戻りいただけます。ご協力ありがとうございました。
ja_reading: keihō ga kaijo saremashita node, oheya ni omodori itadakemasu. gokyōryoku arigatō gozaimashita.
ja_kana: けいほう が かいじょ されました ので、 おへや に おもどり いただけます。 ごきょうりょく ありがとうございました。
ko: 경보가 해제되었으니 객실로 돌아가셔도 됩니다. 협조해 주셔서 감사합니다.
ko_reading: gyeongboga haejedoeeosseuni gaeksillo doragasyeodo doemnida. hyeopjohae jusyeoseo gamsahamnida.
register: polite
tags: evacuation emergency thanks

# ---- 第20课：手机卡与常用手机应用 ----

id: hotel-20-001
lesson: hotel-20
zh: 在哪儿可以买手机卡？
zh_reading: zài nǎr kěyǐ mǎi shǒujīkǎ?
en: Where can I buy a SIM card?
en_alt: Where can I get a local SIM card?
ja: SIMカードはどこで買えますか。
ja_reading: SIM kādo wa doko de kaemasu ka.
ja_kana: シム カード は どこ で かえます か。
ko: 유심 카드는 어디서 살 수 있나요?
ko_reading: yusim kadeuneun eodiseo sal su innayo?
note: 韩国人把 SIM 卡叫"유심"（USIM）。
register: neutral
tags: sim phone guest

id: hotel-20-002
lesson: hotel-20
zh: 可以去中国移动、中国联通或者中国电信的营业厅办，要带护照。
zh_reading: kěyǐ qù Zhōngguó Yídòng, Zhōngguó Liántōng huòzhě Zhōngguó Diànxìn de yíngyètīng bàn, yào dài hùzhào.
en: You can get one at a China Mobile, China Unicom or China Telecom shop. Please bring your passport.
en_alt: Any China Mobile, China Unicom or China Telecom store can help you; just bring your passport.
ja: チャイナモバイル、チャイナユニコム、チャイナテレコムの店舗でお求めいただけます。パスポートをお持ちください。
ja_reading: chaina mobairu, chaina yunikomu, chaina terekomu no tenpo de omotome itadakemasu. pasupōto o omochi kudasai.
ja_kana: チャイナ モバイル、 チャイナ ユニコム、 チャイナ テレコム の てんぽ で おもとめ いただけます。 パスポート を おもち ください。
ko: 차이나모바일, 차이나유니콤, 차이나텔레콤 매장에서 사실 수 있습니다. 여권을 가져가십시오.
ko_reading: chainamobail, chainayunikom, chainatellekom maejangeseo sasil su itseumnida. yeogwoneul gajyeogasipsio.
note: 机场到达厅一般也有运营商的柜台。可以在地图上给客人标出最近的营业厅。
register: polite
tags: sim phone passport

id: hotel-20-003
lesson: hotel-20
local: 办理手机卡须实名登记，外国人用护照
local_source: 《电话用户真实身份信息登记规定》（工业和信息化部令第25号）
zh: 办手机卡要实名登记，所以要本人带护照去。
zh_reading: bàn shǒujīkǎ yào shímíng dēngjì, suǒyǐ yào běnrén dài hùzhào qù.
en: SIM cards are registered in your name, so you'll need to go in person with your passport.
en_alt: A SIM card has to be registered to you, so please go yourself and take your passport.
ja: SIMカードは実名登録が必要ですので、ご本人がパスポートを持ってお越しください。
ja_reading: SIM kādo wa jitsumei tōroku ga hitsuyō desu node, gohonnin ga pasupōto o motte okoshi kudasai.
ja_kana: シム カード は じつめい とうろく が ひつよう です ので、 ごほんにん が パスポート を もって おこし ください。
ko: 유심은 실명 등록을 해야 해서 본인이 여권을 가지고 직접 가셔야 합니다.
ko_reading: yusimeun silmyeong deungnogeul haeya haeseo bonini yeogwoneul gajigo jikjeop gasyeoya hamnida.
register: polite
tags: sim phone passport law

id: hotel-20-004
lesson: hotel-20
zh: 在这里能用 eSIM 吗？
zh_reading: zài zhèlǐ néng yòng eSIM ma?
en: Can I use an eSIM here?
en_alt: Will an eSIM work here?
ja: こちらでeSIMは使えますか。
ja_reading: kochira de eSIM wa tsukaemasu ka.
ja_kana: こちら で イーシム は つかえます か。
ko: 여기서 이심을 쓸 수 있나요?
ko_reading: yeogiseo isimeul sseul su innayo?
note: eSIM 是装在手机里的电子 SIM 卡，不用插卡。韩国人叫"이심"。
register: neutral
tags: sim esim phone guest

id: hotel-20-005
lesson: hotel-20
zh: 很多客人是出发前在网上买旅行 eSIM，到了就能用。
zh_reading: hěn duō kèrén shì chūfā qián zài wǎngshàng mǎi lǚxíng eSIM, dào le jiù néng yòng.
en: Many guests buy a travel eSIM online before they leave home, so it works as soon as they arrive.
en_alt: A lot of our guests buy a travel eSIM online before the trip and use it on arrival.
ja: 多くのお客様は、ご出発前にオンラインで旅行用のeSIMを購入され、到着後すぐにお使いになっています。
ja_reading: ōku no okyakusama wa, goshuppatsu mae ni onrain de ryokōyō no eSIM o kōnyū sare, tōchaku-go sugu ni otsukai ni natte imasu.
ja_kana: おおく の おきゃくさま は、 ごしゅっぱつ まえ に オンライン で りょこうよう の イーシム を こうにゅう され、 とうちゃくご すぐ に おつかい に なって います。
ko: 많은 손님들이 출발 전에 인터넷으로 여행용 이심을 사 두시고, 도착하자마자 바로 쓰십니다.
ko_reading: maneun sonnimdeuri chulbal jeone inteoneseuro yeohaengnyong isimeul sa dusigo, dochakajamaja baro sseusimnida.
note: 手机支不支持 eSIM 要看型号，员工不要替客人下结论，可以请客人在手机的设置里查看。
register: polite
tags: sim esim phone

id: hotel-20-006
lesson: hotel-20
zh: 有些国外的应用在这里用不了，比如谷歌和 WhatsApp。
zh_reading: yǒuxiē guówài de yìngyòng zài zhèlǐ yòng bu liǎo, bǐrú Gǔgē hé WhatsApp.
en: Some foreign apps, like Google and WhatsApp, don't work here.
en_alt: Some apps from abroad, such as Google and WhatsApp, can't be used here.
ja: GoogleやWhatsAppなど、一部の海外のアプリはこちらではご利用になれません。
ja_reading: Google ya WhatsApp nado, ichibu no kaigai no apuri wa kochira de wa goriyō ni naremasen.
ja_kana: グーグル や ワッツアップ など、 いちぶ の かいがい の アプリ は こちら で は ごりよう に なれません。
ko: 구글이나 왓츠앱 같은 일부 해외 앱은 이곳에서 사용하실 수 없습니다.
ko_reading: gugeurina watcheuaep gateun ilbu haeoe aebeun igoseseo sayonghasil su eopseumnida.
note: 客人来之前往往不知道，先说清楚，再介绍下面几句里在这里常用的应用。
register: polite
tags: apps phone

id: hotel-20-007
lesson: hotel-20
zh: 在这里导航，大家一般用高德地图或者百度地图。
zh_reading: zài zhèlǐ dǎoháng, dàjiā yìbān yòng Gāodé Dìtú huòzhě Bǎidù Dìtú.
en: For maps and directions, most people here use Amap or Baidu Maps.
en_alt: Here, people usually use Amap or Baidu Maps to find their way.
ja: 地図アプリは、こちらではAmapかBaiduの地図がよく使われております。
ja_reading: chizu apuri wa, kochira de wa Amap ka Baidu no chizu ga yoku tsukawarete orimasu.
ja_kana: ちず アプリ は、 こちら で は エーマップ か バイドゥ の ちず が よく つかわれて おります。
ko: 여기서는 길 찾기에 보통 가오더 지도나 바이두 지도를 씁니다.
ko_reading: yeogiseoneun gil chatgie botong Gaodeo jidona Baidu jidoreul sseumnida.
note: 高德地图的英文名是 Amap。
register: polite
tags: apps maps directions

id: hotel-20-008
lesson: hotel-20
zh: 叫车可以用滴滴，也可以在支付宝里直接叫车。
zh_reading: jiào chē kěyǐ yòng Dīdī, yě kěyǐ zài Zhīfùbǎo li zhíjiē jiào chē.
en: To get a taxi, you can use DiDi, or book one directly in Alipay.
en_alt: You can call a car with DiDi, or straight from the Alipay app.
ja: タクシーはDiDiのほか、Alipayからも直接お呼びいただけます。
ja_reading: takushī wa DiDi no hoka, Alipay kara mo chokusetsu oyobi itadakemasu.
ja_kana: タクシー は ディディ の ほか、 アリペイ から も ちょくせつ および いただけます。
ko: 택시는 디디로 부르셔도 되고, 알리페이에서 바로 부르실 수도 있습니다.
ko_reading: taeksineun Didiro bureusyeodo doego, allipeieseo baro bureusil sudo itseumnida.
register: polite
tags: apps taxi mobile-payment

id: hotel-20-009
lesson: hotel-20
zh: 微信可以用外国手机号注册。
zh_reading: Wēixìn kěyǐ yòng wàiguó shǒujīhào zhùcè.
en: You can sign up for WeChat with a foreign phone number.
en_alt: WeChat lets you register with a foreign mobile number.
ja: WeChatは海外の電話番号でも登録できます。
ja_reading: WeChat wa kaigai no denwa bangō de mo tōroku dekimasu.
ja_kana: ウィーチャット は かいがい の でんわ ばんごう で も とうろく できます。
ko: 위챗은 해외 전화번호로도 가입하실 수 있습니다.
ko_reading: wichaeseun haeoe jeonhwabeonhorodo gaipasil su itseumnida.
register: polite
tags: apps phone

id: hotel-20-010
lesson: hotel-20
zh: 我的手机没有信号。
zh_reading: wǒ de shǒujī méiyǒu xìnhào.
en: My phone has no signal.
en_alt: I can't get any signal on my phone.
ja: 携帯の電波が入りません。
ja_reading: keitai no denpa ga hairimasen.
ja_kana: けいたい の でんぱ が はいりません。
ko: 휴대폰이 안 터져요.
ko_reading: hyudaeponi an teojyeoyo.
register: neutral
tags: phone guest

id: hotel-20-011
lesson: hotel-20
zh: 请看一下手机的数据漫游有没有打开。
zh_reading: qǐng kàn yíxià shǒujī de shùjù mànyóu yǒu méiyǒu dǎkāi.
en: Could you check that data roaming is turned on?
en_alt: Please check whether data roaming is switched on.
ja: データローミングがオンになっているか、ご確認いただけますか。
ja_reading: dēta rōmingu ga on ni natte iru ka, gokakunin itadakemasu ka.
ja_kana: データ ローミング が オン に なって いる か、 ごかくにん いただけます か。
ko: 데이터 로밍이 켜져 있는지 확인해 주시겠습니까?
ko_reading: deiteo romingi kyeojyeo inneunji hwaginhae jusigetseumnikka?
note: 漫游可能要另外收费，收多少由客人自己的运营商决定，员工不必说价格。
register: polite
tags: phone roaming

id: hotel-20-012
lesson: hotel-20
zh: 我帮您把酒店的中文地址存在手机里。
zh_reading: wǒ bāng nín bǎ jiǔdiàn de Zhōngwén dìzhǐ cún zài shǒujī li.
en: Let me save the hotel's address in Chinese on your phone.
en_alt: I'll put our address in Chinese on your phone for you.
ja: ホテルの住所を中国語で、お客様の携帯に保存いたします。
ja_reading: hoteru no jūsho o Chūgokugo de, okyakusama no keitai ni hozon itashimasu.
ja_kana: ホテル の じゅうしょ を ちゅうごくご で、 おきゃくさま の けいたい に ほぞん いたします。
ko: 호텔 주소를 중국어로 휴대폰에 저장해 드리겠습니다.
ko_reading: hotel jusoreul junggugeoro hyudaepone jeojanghae deurigetseumnida.
note: 出租车司机和路人看中文地址最快；也可以在地图应用里把酒店存成收藏地点。
register: polite
tags: apps address taxi
