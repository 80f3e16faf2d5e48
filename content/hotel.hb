# SPDX-License-Identifier: CC-BY-4.0
# 酒店服务实用外语 —— cordial 随附的酒店员工手册
#
# 格式见 cordial-handbook(5)。每条记录之间空一行；"字段: 内容"；
# 以 "+ " 开头的行接续上一行的内容；以 # 开头的行是注释。
# 读音：zh_reading 为带声调的汉语拼音（"一""不"按变调标注），
# ja_reading 为平文式罗马字，ko_reading 为韩国语罗马字标记法（Revised Romanization）。
# 每课既有员工要说的话，也有客人常说、员工要听懂的话（tags 里标 guest）。

%rec: Handbook

id: hotel
title: 酒店服务实用外语
title_en: Practical phrases for hotel staff
title_ja: ホテル接客の実用フレーズ
title_ko: 호텔 서비스 실용 표현
source: zh
languages: en ja ko
version: 2
description: 为前台、礼宾、行李、客房和餐饮员工准备：从预订、入住登记（外国客人须登记护照）、
+ 设施介绍、行李服务、客房清洁、客房故障、投诉处理、礼宾服务、结账退房、电话礼仪、
+ 紧急情况，到接待饮食、宗教、行动不便、带孩子和不同性别认同的客人。
+ 每课附国际礼仪情景题。
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

id: hotel-08-002
lesson: hotel-08
zh: 坐地铁最方便，二号线坐三站就到。
zh_reading: zuò dìtiě zuì fāngbiàn, èr hào xiàn zuò sān zhàn jiù dào.
en: The metro is the easiest way: Line 2, three stops.
en_alt: Take Line 2 on the metro; it's three stops.
ja: 地下鉄が便利です。2号線で3つ目の駅でございます。
ja_reading: chikatetsu ga benri desu. nigōsen de mittsume no eki de gozaimasu.
ja_kana: ちかてつ が べんりです。 にごうせん で みっつめ の えきでございます。
ko: 지하철이 가장 편리합니다. 2호선으로 세 정거장입니다.
ko_reading: jihacheori gajang pyeollihamnida. ihoseoneuro se jeonggeojangimnida.
note: 地铁美国叫 subway，英国伦敦叫 the Tube，说 metro 大家都懂。
register: polite
tags: concierge directions transport

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
explanation: 北京等许多城市的控烟条例禁止在室内公共场所和工作场所吸烟。北京的条例自2015年
+ 6月1日起施行，个人违反最高罚200元，放任吸烟的场所最高罚1万元；本市的具体规定以当地条例为准。
+ 不制止会让酒店承担责任，大声呵斥或动手拿烟则让客人当众难堪。走近、小声说明、
+ 给出可以吸烟的地方，既守规定又照顾客人的面子。
reference: https://global.chinadaily.com.cn/china/2015-12/28/content_22834827_9.htm
reference: http://www.chinadaily.com.cn/china/2014-11/29/content_18996868.htm
tags: smoking facilities

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
explanation: 导盲犬是工作犬，不是宠物。北京自2021年11月1日起施行的无障碍环境条例允许持证视障人士携带导盲犬进入公共场所和乘坐公共交通，
+ 全国人大常委会也在2023年6月通过了《无障碍环境建设法》；
+ 《残疾人保障法》第五十八条也对盲人携带导盲犬出入公共场所作了规定。
+ 导盲犬在工作时，不要摸它、喂它或逗它，有事先问主人。把客人拒之门外或劝他回房间，
+ 都是不应有的拒绝。
reference: https://globaltimes.cn/page/202110/1236047.shtml
reference: https://www.chinajusticeobserver.com/a/china-enacts-law-on-barrier-free-environment
reference: https://www.nassaucountyny.gov/3176/Disability-Etiquettes
reference: 《中华人民共和国残疾人保障法》第五十八条
tags: accessibility guide-dog restaurant

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
