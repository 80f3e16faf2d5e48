# SPDX-License-Identifier: CC-BY-4.0
# 日常服务用语 —— cordial 随附的通用手册（所有接待外国客人的市民先学这一本）
#
# 格式见 cordial-handbook(5)。每条记录之间空一行；"字段: 内容"；
# 以 "+ " 开头的行接续上一行的内容；以 # 开头的行是注释。
# 读音：zh_reading 为带声调的汉语拼音（"一""不"按变调标注），
# ja_reading 为平文式（Hepburn）罗马字，长音加横线（ō、ū），
# ko_reading 为韩国语罗马字标记法（Revised Romanization），按实际发音标注。
# tags 里的 guest 表示这是客人常说、需要听懂的话；其余是我们对客人说的话。
# 同一句话在各外语里的说法按各语言的习惯来写，不逐字对译。
# 本手册为青岛编写。价格的货币、地铁线路、码头、控烟规定等本地事实都记在记录的
# local: 字段里，出处在 local_source: 字段；改编给别的城市用时，
# 'cordial handbook local everyday.hb' 会列出所有要改的地方。
# local_source: 里注明"未核对"的，是还没有按正式文本（政府网站、法规原文）核对过的出处：
# 句子和注释不教它的条文号、钟点、区名或规定，local: 写明要核对什么、去哪里核对。

%rec: Handbook

id: everyday
title: 日常服务用语
title_en: Everyday service phrases
title_ja: 日常の接客フレーズ
title_ko: 일상 서비스 표현
source: zh
languages: en ja ko
version: 3
description: 为青岛所有接待外国客人的市民准备的通用手册：出租车司机、酒店员工、
+ 商店和餐厅服务员以及热心市民都适用。内容包括问候与礼貌用语、听不懂时怎么办、
+ 数字、价格与付款、时间、指路、主动帮忙、委婉拒绝与道歉、紧急情况、看病买药、
+ 饮食禁忌、闲聊与道别。既练"怎么说"，也练"听懂客人说什么"；每课附国际礼仪情景题。
editor: cordial 内容编辑组
license: CC BY 4.0

%rec: Lesson
%key: id

id: everyday-01
title: 问候与礼貌用语
title_en: Greetings and courtesy words
order: 1
description: 问好、欢迎、请、谢谢、对不起、打扰一下，以及怎样称呼客人。

id: everyday-02
title: 请稍等与听不懂时怎么办
title_en: Waiting and making yourself understood
order: 2
description: 请客人稍等；没听懂时请客人重复、放慢、写下来或在手机上给你看；
+ 礼貌地使用翻译软件；复述确认。

id: everyday-03
title: 数字
title_en: Numbers
order: 3
description: 十五和五十、"万"的说法、房间号和电话号码、楼层、人数和件数、折扣。

id: everyday-04
title: 价格与付款
title_en: Prices and payment
order: 4
description: 报价、现金、银行卡和手机支付（境外卡可绑定支付宝和微信支付），
+ 找零、小费和发票。

id: everyday-05
title: 时间与日期
title_en: Time and dates
order: 5
description: 营业时间、休息日、"要多久"、日期的说法和写法、节假日。

id: everyday-06
title: 问路与指路
title_en: Directions and places
order: 6
description: 听懂客人问路；直走、转弯、对面、旁边；地铁线路和出口；码头和洗手间。

id: everyday-07
title: 主动帮忙
title_en: Offering help
order: 7
description: 主动上前询问、帮客人拿东西、叫车、写中文地址、借东西和上网；
+ 帮助残障客人时先问再帮。

id: everyday-08
title: 委婉拒绝与道歉
title_en: Saying no politely and apologizing
order: 8
description: "很抱歉……不过……"：说明原因、给出替代办法；处理投诉时先听、再道歉、
+ 马上行动。

id: everyday-09
title: 紧急情况
title_en: Emergencies
order: 9
description: 报警110、火警119、急救120、交通事故122；受伤、火灾、迷路、
+ 护照和钱包丢失、孩子走失时怎么说。

id: everyday-10
title: 身体不适与就医
title_en: Health, pharmacy and hospital
order: 10
description: 问客人哪里不舒服，听懂常见症状和过敏，指引药店和医院，说明服药方法。

id: everyday-11
title: 饮食需求
title_en: Food and dietary needs
order: 11
description: 素食和纯素、清真、不吃猪肉、不喝酒、食物过敏、辣不辣，以及如何向厨房确认。

id: everyday-12
title: 闲聊与道别
title_en: Small talk and farewells
order: 12
description: 得体地聊几句：从哪里来、天气、推荐；道别、祝福和提醒带好随身物品。

%rec: Phrase
%key: id

# ---- 第1课：问候与礼貌用语 ----

id: everyday-01-001
lesson: everyday-01
zh: 您好！
zh_reading: nín hǎo!
en: Hello!
en_alt: Hi!
ja: こんにちは。
ja_reading: konnichiwa.
ja_kana: こんにちは。
ko: 안녕하세요.
ko_reading: annyeonghaseyo.
note: 对客人说 "Hello!" 最稳妥；"Hi!" 比较随便，适合已经熟悉的客人。
+ 日语「こんにちは」只用于白天，早上说「おはようございます」，晚上说「こんばんは」。
register: polite
tags: greeting

id: everyday-01-002
lesson: everyday-01
zh: 早上好！
zh_reading: zǎoshang hǎo!
en: Good morning!
ja: おはようございます。
ja_reading: ohayō gozaimasu.
ja_kana: おはようございます。
ko: 안녕하십니까.
ko_reading: annyeonghasimnikka.
note: 英语一般中午十二点以前说 "Good morning"，之后说 "Good afternoon"。
+ 韩语早上问候说「안녕하십니까」或「안녕하세요」，全天都能用；「좋은 아침입니다」是照英语直译的说法，不自然。
register: polite
tags: greeting

id: everyday-01-003
lesson: everyday-01
zh: 下午好！
zh_reading: xiàwǔ hǎo!
en: Good afternoon!
note: 中午到傍晚说。日语、韩语没有专门的"下午好"，白天一律说「こんにちは」「안녕하세요」。
register: polite
tags: greeting

id: everyday-01-004
lesson: everyday-01
zh: 晚上好！
zh_reading: wǎnshang hǎo!
en: Good evening!
ja: こんばんは。
ja_reading: konbanwa.
ja_kana: こんばんは。
note: "Good evening" 是见面时的问候；"Good night" 是道别或睡前说的，见面时不要用。
+ 韩语晚上见面仍说「안녕하세요」。
register: polite
tags: greeting

id: everyday-01-005
lesson: everyday-01
zh: 欢迎光临！
zh_reading: huānyíng guānglín!
en: Welcome!
en_alt: Hello, welcome!
ja: いらっしゃいませ。
ja_reading: irasshaimase.
ja_kana: いらっしゃいませ。
ko: 어서 오십시오.
ko_reading: eoseo osipsio.
note: 客人进门时说，同时看着客人微笑。酒店可以说 "Welcome to" 加酒店名，显得更亲切。
register: polite
tags: greeting welcome

id: everyday-01-006
lesson: everyday-01
zh: 这边请。
zh_reading: zhèbiān qǐng.
en: This way, please.
ja: こちらへどうぞ。
ja_reading: kochira e dōzo.
ja_kana: こちら へ どうぞ。
ko: 이쪽으로 오세요.
ko_reading: ijjogeuro oseyo.
note: 说的同时手掌张开、五指并拢指向方向，不要用一根手指指路。
register: polite
tags: courtesy directions

id: everyday-01-007
lesson: everyday-01
zh: 请进。
zh_reading: qǐng jìn.
en: Please come in.
en_alt: Come on in.
ja: どうぞお入りください。
ja_reading: dōzo ohairi kudasai.
ja_kana: どうぞ おはいり ください。
ko: 들어오세요.
ko_reading: deureooseyo.
note: 请客人进店、进房间或办公室时说，同时侧身让路。"Come on in." 更亲切随意。
register: polite
tags: courtesy welcome

id: everyday-01-008
lesson: everyday-01
zh: 请坐。
zh_reading: qǐng zuò.
en: Please have a seat.
en_alt: Please take a seat.
ja: どうぞおかけください。
ja_reading: dōzo okake kudasai.
ja_kana: どうぞ おかけ ください。
ko: 여기 앉으세요.
ko_reading: yeogi anjeuseyo.
note: 不要说 "Sit down!"，听起来像命令。说的时候用手掌示意座位。
register: polite
tags: courtesy

id: everyday-01-009
lesson: everyday-01
zh: 谢谢！
zh_reading: xièxie!
en: Thank you.
en_alt: Thanks.
ja: ありがとうございます。
ja_reading: arigatō gozaimasu.
ja_kana: ありがとうございます。
ko: 감사합니다.
ko_reading: gamsahamnida.
note: 对客人说 "Thank you" 比 "Thanks" 更礼貌。
register: polite
tags: courtesy thanks

id: everyday-01-010
lesson: everyday-01
zh: 非常感谢！
zh_reading: fēicháng gǎnxiè!
en: Thank you very much.
en_alt: Thank you so much.
ja: 誠にありがとうございます。
ja_reading: makoto ni arigatō gozaimasu.
ja_kana: まことに ありがとうございます。
ko: 대단히 감사합니다.
ko_reading: daedanhi gamsahamnida.
note: 客人帮了忙、多等了一会儿或给了好评时用，比 "Thank you" 更郑重。
register: formal
tags: courtesy thanks

id: everyday-01-011
lesson: everyday-01
zh: 不客气。
zh_reading: bú kèqi.
en: You're welcome.
en_alt: My pleasure.
ja: とんでもございません。
ja_reading: tondemo gozaimasen.
ja_kana: とんでもございません。
ko: 아닙니다.
ko_reading: animnida.
note: 服务场合说 "My pleasure." 更显得乐意帮忙。客人道谢时不要回答 "Never mind"，
+ 它的意思是"算了、别在意"。日语「どういたしまして」在服务场合显得有点居高临下，
+ 店员多说「とんでもございません」；韩语「천만에요」偏书面，店员多说「아닙니다」。
register: polite
tags: courtesy thanks

id: everyday-01-012
lesson: everyday-01
zh: 对不起。
zh_reading: duìbuqǐ.
en: I'm sorry.
en_alt: Sorry.
ja: 申し訳ございません。
ja_reading: mōshiwake gozaimasen.
ja_kana: もうしわけございません。
ko: 죄송합니다.
ko_reading: joesonghamnida.
note: 表示道歉：出了错或让客人不便时说。要引起客人注意时用 "Excuse me"，不用 "Sorry"。
register: polite
tags: courtesy apology

id: everyday-01-013
lesson: everyday-01
zh: 没关系。
zh_reading: méi guānxi.
en: That's all right.
en_alt: No problem.
en_alt: Don't worry about it.
ja: どうぞお気になさらないでください。
ja_reading: dōzo oki ni nasaranaide kudasai.
ja_kana: どうぞ おき に なさらないで ください。
ko: 괜찮습니다.
ko_reading: gwaenchanseumnida.
note: 客人向你道歉时（比如不小心碰了你、来晚了）这样回答，让客人放心。
+ 不要说 "It doesn't matter."，容易听成"无所谓"。
register: polite
tags: courtesy apology

id: everyday-01-014
lesson: everyday-01
zh: 打扰一下。
zh_reading: dǎrǎo yíxià.
en: Excuse me.
ja: 失礼いたします。
ja_reading: shitsurei itashimasu.
ja_kana: しつれいいたします。
ko: 실례합니다.
ko_reading: sillyehamnida.
note: 想引起客人注意、从客人身边经过或打断谈话时说。不要喊 "Hey!"，很不礼貌。
register: polite
tags: courtesy

id: everyday-01-015
lesson: everyday-01
zh: 先生，有什么可以帮您的吗？
zh_reading: xiānsheng, yǒu shénme kěyǐ bāng nín de ma?
en: How can I help you, sir?
en_alt: How may I help you, sir?
ja: お客様、いかがなさいましたか。
ja_reading: okyakusama, ikaga nasaimashita ka.
ja_kana: おきゃくさま、 いかが なさいました か。
ko: 손님, 무엇을 도와드릴까요?
ko_reading: sonnim, mueoseul dowadeurilkkayo?
note: 不知道客人姓名时，男士称 "sir"，女士称 "madam"（美国常说 "ma'am"）。
+ 日语统称「お客様」，韩语称「손님」。
register: polite
tags: address help

id: everyday-01-016
lesson: everyday-01
zh: 请问您怎么称呼？
zh_reading: qǐngwèn nín zěnme chēnghu?
en: May I have your name, please?
ja: お名前を伺ってもよろしいでしょうか。
ja_reading: onamae o ukagatte mo yoroshii deshō ka.
ja_kana: おなまえ を うかがって も よろしいでしょう か。
ko: 성함이 어떻게 되십니까?
ko_reading: seonghami eotteoke doesimnikka?
note: "What's your name?" 对客人太直接，服务时用 "May I have your name, please?"。
register: formal
tags: address

id: everyday-01-017
lesson: everyday-01
zh: 史密斯女士，欢迎回来。
zh_reading: Shǐmìsī nǚshì, huānyíng huílai.
en: Welcome back, Ms. Smith.
en_alt: Welcome back, Ms Smith.
ja: スミス様、お帰りなさいませ。
ja_reading: Sumisu-sama, okaerinasaimase.
ja_kana: スミスさま、 おかえり なさいませ。
ko: 스미스 님, 다시 오신 것을 환영합니다.
ko_reading: Seumiseu nim, dasi osin geoseul hwanyeonghamnida.
note: 称呼客人用 Mr. 或 Ms. 加姓，不要只叫名字。不清楚女士是否已婚时用 Ms.。
+ 美国英语写 Mr. / Ms.，英国英语常写 Mr / Ms，不加点。
register: polite
tags: address greeting

id: everyday-01-018
lesson: everyday-01
zh: 我很好，谢谢。您呢？
zh_reading: wǒ hěn hǎo, xièxie. nín ne?
en: I'm very well, thank you. And you?
en_alt: I'm fine, thank you. And you?
en_alt: Very well, thanks. How are you?
note: 英美客人常用 "How are you?" 开口，这只是打招呼，不是真的问你身体。
+ 简短回答、再问候对方一句，然后进入正题。日本、韩国客人一般不这样寒暄。
register: polite
tags: greeting smalltalk

# ---- 第2课：请稍等与听不懂时怎么办 ----

id: everyday-02-001
lesson: everyday-02
zh: 请稍等。
zh_reading: qǐng shāo děng.
en: One moment, please.
en_alt: Just a moment, please.
ja: 少々お待ちください。
ja_reading: shōshō omachi kudasai.
ja_kana: しょうしょう おまち ください。
ko: 잠시만 기다려 주세요.
ko_reading: jamsiman gidaryeo juseyo.
note: 不要只说 "Wait!"，听起来像命令。
register: polite
tags: waiting

id: everyday-02-002
lesson: everyday-02
zh: 请在这里稍等。
zh_reading: qǐng zài zhèlǐ shāo děng.
en: Please wait here a moment.
en_alt: Could you wait here for a moment, please?
ja: こちらで少々お待ちください。
ja_reading: kochira de shōshō omachi kudasai.
ja_kana: こちら で しょうしょう おまち ください。
ko: 여기서 잠시 기다려 주십시오.
ko_reading: yeogiseo jamsi gidaryeo jusipsio.
note: 说的时候用手掌示意等候的位置；如果要等比较久，告诉客人大约要多久。
register: polite
tags: waiting

id: everyday-02-003
lesson: everyday-02
zh: 让您久等了。
zh_reading: ràng nín jiǔ děng le.
en: Sorry to keep you waiting.
en_alt: Sorry for the wait.
ja: お待たせいたしました。
ja_reading: omatase itashimashita.
ja_kana: おまたせいたしました。
ko: 오래 기다리셨습니다.
ko_reading: orae gidarisyeotseumnida.
note: 回到等候的客人面前时先说这句，再接着办理。
register: polite
tags: waiting apology

id: everyday-02-004
lesson: everyday-02
zh: 谢谢您的耐心等待。
zh_reading: xièxie nín de nàixīn děngdài.
en: Thank you for your patience.
en_alt: Thank you for waiting.
ja: お待ちいただき、ありがとうございます。
ja_reading: omachi itadaki, arigatō gozaimasu.
ja_kana: おまち いただき、 ありがとうございます。
ko: 기다려 주셔서 감사합니다.
ko_reading: gidaryeo jusyeoseo gamsahamnida.
note: 客人等了比较久时，道谢往往比反复道歉效果更好。
register: polite
tags: waiting thanks

id: everyday-02-005
lesson: everyday-02
zh: 我马上就来。
zh_reading: wǒ mǎshàng jiù lái.
en: I'll be with you in a moment.
en_alt: I'll be right with you.
ja: すぐに伺います。
ja_reading: sugu ni ukagaimasu.
ja_kana: すぐ に うかがいます。
ko: 곧 도와드리겠습니다.
ko_reading: got dowadeurigetseumnida.
note: 正在接待别的客人时，对刚到的客人说这句，让他知道你已经看到他了。
register: polite
tags: waiting queue

id: everyday-02-006
lesson: everyday-02
zh: 对不起，能请您再说一遍吗？
zh_reading: duìbuqǐ, néng qǐng nín zài shuō yí biàn ma?
en: Sorry, could you say that again, please?
en_alt: Sorry, could you repeat that, please?
en_alt: Pardon?
ja: 申し訳ございません、もう一度おっしゃっていただけますか。
ja_reading: mōshiwake gozaimasen, mō ichido osshatte itadakemasu ka.
ja_kana: もうしわけございません、 もういちど おっしゃって いただけます か。
ko: 죄송하지만 다시 한번 말씀해 주시겠어요?
ko_reading: joesonghajiman dasi hanbeon malsseumhae jusigesseoyo?
note: 没听清时不要只说 "What?"，听起来很不客气。"Pardon?" 用升调说也很礼貌。
register: polite
tags: understanding

id: everyday-02-007
lesson: everyday-02
zh: 请您说慢一点，好吗？
zh_reading: qǐng nín shuō màn yìdiǎn, hǎo ma?
en: Could you speak more slowly, please?
en_alt: Could you speak a little more slowly, please?
ja: もう少しゆっくり話していただけますか。
ja_reading: mō sukoshi yukkuri hanashite itadakemasu ka.
ja_kana: もうすこし ゆっくり はなして いただけます か。
ko: 조금 천천히 말씀해 주시겠어요?
ko_reading: jogeum cheoncheonhi malsseumhae jusigesseoyo?
note: 用 "Could you …, please?" 提请求，比 "Speak slowly!" 客气得多。
register: polite
tags: understanding

id: everyday-02-008
lesson: everyday-02
zh: 能请您写下来吗？
zh_reading: néng qǐng nín xiě xiàlai ma?
en: Could you write it down, please?
ja: 書いていただけますか。
ja_reading: kaite itadakemasu ka.
ja_kana: かいて いただけます か。
ko: 적어 주시겠어요?
ko_reading: jeogeo jusigesseoyo?
note: 地址、人名、数字和时间写下来最不容易出错。可以把纸笔或手机递给客人。
register: polite
tags: understanding

id: everyday-02-009
lesson: everyday-02
zh: 能在手机上给我看一下吗？
zh_reading: néng zài shǒujī shang gěi wǒ kàn yíxià ma?
en: Could you show me on your phone, please?
ja: スマートフォンで見せていただけますか。
ja_reading: sumātofon de misete itadakemasu ka.
ja_kana: スマートフォン で みせて いただけます か。
ko: 휴대폰으로 보여 주시겠어요?
ko_reading: hyudaeponeuro boyeo jusigesseoyo?
note: 很多客人手机里存着中文地址或酒店名片的照片，请他们给你看最快。
register: polite
tags: understanding

id: everyday-02-010
lesson: everyday-02
zh: 我用翻译软件跟您说，可以吗？
zh_reading: wǒ yòng fānyì ruǎnjiàn gēn nín shuō, kěyǐ ma?
en: May I use a translation app?
en_alt: Do you mind if I use a translation app?
ja: 翻訳アプリを使ってもよろしいですか。
ja_reading: hon'yaku apuri o tsukatte mo yoroshii desu ka.
ja_kana: ほんやく アプリ を つかって も よろしいです か。
ko: 번역 앱을 사용해도 될까요?
ko_reading: beonyeok aebeul sayonghaedo doelkkayo?
note: 先征得客人同意，再把屏幕转向客人，让他看清翻译结果。句子说短一些，翻译更准确。
register: polite
tags: understanding

id: everyday-02-011
lesson: everyday-02
zh: 请对着手机说。
zh_reading: qǐng duìzhe shǒujī shuō.
en: Please speak into the phone.
en_alt: Please speak into my phone.
ja: こちらのスマートフォンに向かって話してください。
ja_reading: kochira no sumātofon ni mukatte hanashite kudasai.
ja_kana: こちら の スマートフォン に むかって はなして ください。
ko: 이 휴대폰에 대고 말씀해 주세요.
ko_reading: i hyudaepone daego malsseumhae juseyo.
note: 用翻译软件的语音功能时说。先选好客人的语言，把手机举到客人面前，
+ 并用手势示意一句一句说。
register: polite
tags: understanding

id: everyday-02-012
lesson: everyday-02
zh: 抱歉，我没听懂。
zh_reading: bàoqiàn, wǒ méi tīngdǒng.
en: I'm sorry, I don't understand.
en_alt: Sorry, I didn't understand.
ja: 申し訳ございません、よく聞き取れませんでした。
ja_reading: mōshiwake gozaimasen, yoku kikitoremasen deshita.
ja_kana: もうしわけございません、 よく ききとれません でした。
ko: 죄송합니다. 무슨 말씀인지 잘 모르겠습니다.
ko_reading: joesonghamnida. museun malsseuminji jal moreugetseumnida.
note: 听不懂就如实说，不要点头假装明白，否则很容易办错事。说完马上换个办法，
+ 比如请客人写下来或用翻译软件。
register: polite
tags: understanding apology

id: everyday-02-013
lesson: everyday-02
zh: 我只会说一点儿。
zh_reading: wǒ zhǐ huì shuō yìdiǎnr.
en: I only speak a little English.
en_alt: I speak a little English.
ja: 日本語は少ししか話せません。
ja_reading: nihongo wa sukoshi shika hanasemasen.
ja_kana: にほんご は すこし しか はなせません。
ko: 한국어는 조금밖에 못 합니다.
ko_reading: hangugeoneun jogeumbakke mot hamnida.
note: 各外语译文说的是客人的语言本身（英语、日语、韩语）。说完可以接着用手机或纸笔沟通。
register: neutral
tags: understanding

id: everyday-02-014
lesson: everyday-02
zh: 我去找一位会说外语的同事来。
zh_reading: wǒ qù zhǎo yí wèi huì shuō wàiyǔ de tóngshì lái.
en: Let me get a colleague who speaks English.
en_alt: I'll find a colleague who speaks English.
ja: 日本語のわかる者を呼んでまいります。
ja_reading: nihongo no wakaru mono o yonde mairimasu.
ja_kana: にほんご の わかる もの を よんで まいります。
ko: 한국어 할 수 있는 직원을 불러 오겠습니다.
ko_reading: hangugeo hal su inneun jigwoneul bulleo ogetseumnida.
note: 各外语译文说的是客人的语言。去找人之前先请客人稍等，别让客人以为你走开不管了。
register: polite
tags: understanding help

id: everyday-02-015
lesson: everyday-02
zh: 这个我不清楚，我帮您问一下。
zh_reading: zhège wǒ bù qīngchu, wǒ bāng nín wèn yíxià.
en: I'm afraid I don't know, but I'll find out for you.
ja: 申し訳ございません、確認してまいります。
ja_reading: mōshiwake gozaimasen, kakunin shite mairimasu.
ja_kana: もうしわけございません、 かくにん して まいります。
ko: 죄송합니다. 확인해 보고 알려 드리겠습니다.
ko_reading: joesonghamnida. hwaginhae bogo allyeo deurigetseumnida.
note: 只说 "I don't know." 像是在拒绝；加上 "I'll find out for you" 表示你会帮忙。
+ "I'm afraid" 让语气更委婉。
register: polite
tags: understanding help

id: everyday-02-016
lesson: everyday-02
zh: 您是说火车站吗？
zh_reading: nín shì shuō huǒchēzhàn ma?
en: Do you mean the railway station?
en_alt: Do you mean the train station?
ja: 駅のことでしょうか。
ja_reading: eki no koto deshō ka.
ja_kana: えき の ことでしょう か。
ko: 기차역 말씀이세요?
ko_reading: gichayeok malsseumiseyo?
note: 没把握时用 "Do you mean …?" 把你听到的复述一遍，比猜着办更稳妥。
register: polite
tags: understanding

id: everyday-02-017
lesson: everyday-02
zh: 我跟您确认一下：两杯咖啡，对吗？
zh_reading: wǒ gēn nín quèrèn yíxià: liǎng bēi kāfēi, duì ma?
en: Just to confirm, that's two coffees, right?
en_alt: So that's two coffees, is that right?
ja: ご注文を確認いたします。コーヒーを二つでよろしいでしょうか。
ja_reading: gochūmon o kakunin itashimasu. kōhī o futatsu de yoroshii deshō ka.
ja_kana: ごちゅうもん を かくにんいたします。 コーヒー を ふたつ で よろしいでしょう か。
ko: 주문 확인하겠습니다. 커피 두 잔 맞습니까?
ko_reading: jumun hwaginhagetseumnida. keopi du jan matseumnikka?
note: 复述客人的要求能减少误会，特别是数量、时间、日期和地址。
register: polite
tags: understanding numbers

id: everyday-02-018
lesson: everyday-02
zh: 好的，没问题。
zh_reading: hǎo de, méi wèntí.
en: Certainly.
en_alt: Of course.
ja: かしこまりました。
ja_reading: kashikomarimashita.
ja_kana: かしこまりました。
ko: 알겠습니다.
ko_reading: algetseumnida.
note: 答应客人的要求时，"Certainly." 或 "Of course." 比 "OK." 更有礼貌。
register: formal
tags: courtesy

# ---- 第3课：数字 ----

id: everyday-03-001
lesson: everyday-03
zh: 是十五，一、五，不是五十。
zh_reading: shì shíwǔ, yī, wǔ, bú shì wǔshí.
en: That's fifteen, one five, not fifty.
en_alt: Fifteen, not fifty.
note: fifteen（15）和 fifty（50）听起来很像：fifteen 的重音在后（fif-TEEN），
+ fifty 的重音在前（FIF-ty）。thirteen 和 thirty、nineteen 和 ninety 也一样。
+ 报价时最好同时写出数字或指给客人看。
register: neutral
tags: numbers price

id: everyday-03-002
lesson: everyday-03
zh: 一万元
zh_reading: yíwàn yuán
en: ten thousand yuan
en_alt: 10,000 yuan
ja: 一万元
ja_reading: ichiman gen
ja_kana: いちまんげん
ko: 만 위안
ko_reading: man wian
note: 英语没有"万"这个单位：一万 = ten thousand，不要说成 one thousand（一千）。
+ 日语和韩语跟中文一样有"万"，可以直接对应。
register: neutral
tags: numbers price
local: 货币单位：人民币元（一万元是说数字的练习）
local_source: 《中华人民共和国中国人民银行法》第十六条（人民币是法定货币）；例中金额是示例，不是规定价格

id: everyday-03-003
lesson: everyday-03
zh: 十万元
zh_reading: shíwàn yuán
en: one hundred thousand yuan
en_alt: a hundred thousand yuan
en_alt: 100,000 yuan
ja: 十万元
ja_reading: jūman gen
ja_kana: じゅうまんげん
ko: 십만 위안
ko_reading: simman wian
note: 十万 = one hundred thousand，一百万 = one million，一千万 = ten million。
+ 英语三位一组数，写成 100,000。说大数目时最好同时写出阿拉伯数字。
register: neutral
tags: numbers price
local: 货币单位：人民币元（十万元是说数字的练习）
local_source: 《中华人民共和国中国人民银行法》第十六条（人民币是法定货币）；例中金额是示例，不是规定价格

id: everyday-03-004
lesson: everyday-03
zh: 您的房间号是805。
zh_reading: nín de fángjiān hào shì bā líng wǔ.
en: Your room number is eight oh five.
en_alt: Your room number is eight zero five.
en_alt: Your room number is 805.
ja: お部屋は805号室です。
ja_reading: oheya wa happyakugo-gōshitsu desu.
ja_kana: おへや は はっぴゃくごごうしつです。
ko: 객실은 805호입니다.
ko_reading: gaeksireun palbaego-hoimnida.
note: 英语读房间号、车牌号和电话号码一般一位一位地读，0 常读作 oh：
+ 805 读作 eight oh five。日语、韩语的房间号则按整数读。
register: neutral
tags: numbers hotel

id: everyday-03-005
lesson: everyday-03
zh: 在三楼。
zh_reading: zài sān lóu.
en: It's on the third floor.
en_alt: It's on the 3rd floor.
ja: 3階です。
ja_reading: sangai desu.
ja_kana: さんがいです。
ko: 3층입니다.
ko_reading: samcheungimnida.
note: 楼层用序数词：first、second、third floor。英国英语的 ground floor 是我们说的一楼，
+ first floor 是二楼；英国客人说 "first floor" 时要问清楚。
register: neutral
tags: numbers directions

id: everyday-03-006
lesson: everyday-03
zh: 在地下一层。
zh_reading: zài dìxià yī céng.
en: It's on basement level one.
en_alt: It's on B1.
en_alt: It's on the first basement level.
ja: 地下1階です。
ja_reading: chika ikkai desu.
ja_kana: ちか いっかいです。
ko: 지하 1층입니다.
ko_reading: jiha ilcheungimnida.
note: 电梯按钮上的 B1 读作 "B one"。商场、停车场常在地下，
+ 说 "basement level two" 或 "B2" 客人都听得懂。
register: neutral
tags: numbers directions

id: everyday-03-007
lesson: everyday-03
zh: 请问几位？
zh_reading: qǐngwèn jǐ wèi?
en: How many people, please?
en_alt: For how many people?
en_alt: How many are in your party?
ja: 何名様でしょうか。
ja_reading: nanmei-sama deshō ka.
ja_kana: なんめいさまでしょう か。
ko: 몇 분이세요?
ko_reading: myeot buniseyo?
note: 餐厅领位、订位时问。客人可能用 "A table for two, please." 回答，
+ "table for two" 就是两位。
register: polite
tags: numbers restaurant

id: everyday-03-008
lesson: everyday-03
zh: 一共三件行李，对吗？
zh_reading: yígòng sān jiàn xíngli, duì ma?
en: That's three bags in total, is that right?
en_alt: Three bags altogether, right?
ja: お荷物は全部で三つでよろしいですか。
ja_reading: onimotsu wa zenbu de mittsu de yoroshii desu ka.
ja_kana: おにもつ は ぜんぶ で みっつ で よろしいです か。
ko: 짐은 모두 세 개 맞습니까?
ko_reading: jimeun modu se gae matseumnikka?
note: luggage 和 baggage 是不可数名词，不能说 "three luggages"；
+ 要说 "three bags" 或 "three pieces of luggage"。
register: polite
tags: numbers luggage

id: everyday-03-009
lesson: everyday-03
zh: 您要几个？
zh_reading: nín yào jǐ ge?
en: How many would you like?
ja: おいくつになさいますか。
ja_reading: oikutsu ni nasaimasu ka.
ja_kana: おいくつ に なさいます か。
ko: 몇 개 드릴까요?
ko_reading: myeot gae deurilkkayo?
note: 问数量用 "How many …?"，问多少钱用 "How much …?"，不要混用。
register: polite
tags: numbers shopping

id: everyday-03-010
lesson: everyday-03
zh: 请告诉我您的手机号码。
zh_reading: qǐng gàosu wǒ nín de shǒujī hàomǎ.
en: Could I have your phone number, please?
en_alt: May I have your phone number, please?
ja: お電話番号を教えていただけますか。
ja_reading: odenwa bangō o oshiete itadakemasu ka.
ja_kana: おでんわ ばんごう を おしえて いただけます か。
ko: 휴대폰 번호를 알려 주시겠어요?
ko_reading: hyudaepon beonhoreul allyeo jusigesseoyo?
note: "Could I have …?" 比 "Tell me your phone number." 客气得多。
+ 外国手机号前面常有国家代码，例如 +44、+81、+82，要一起记下来。
register: polite
tags: numbers phone

id: everyday-03-011
lesson: everyday-03
zh: 我把号码给您念一遍。
zh_reading: wǒ bǎ hàomǎ gěi nín niàn yí biàn.
en: Let me read the number back to you.
ja: 番号を復唱いたします。
ja_reading: bangō o fukushō itashimasu.
ja_kana: ばんごう を ふくしょういたします。
ko: 번호를 다시 한번 불러 드리겠습니다.
ko_reading: beonhoreul dasi hanbeon bulleo deurigetseumnida.
note: 英语电话号码一位一位地读，0 读 oh 或 zero；英国人常把两个相同的数字读成
+ double，例如 77 读 double seven。念完请客人确认 "Is that right?"。
register: polite
tags: numbers phone

id: everyday-03-012
lesson: everyday-03
zh: 我写给您看。
zh_reading: wǒ xiě gěi nín kàn.
en: Let me write it down for you.
en_alt: I'll write it down for you.
ja: 書いてお見せしますね。
ja_reading: kaite omise shimasu ne.
ja_kana: かいて おみせ します ね。
ko: 적어서 보여 드릴게요.
ko_reading: jeogeoseo boyeo deurilgeyo.
note: 中国的数字手势（比如六、七、八、十）外国客人多半看不懂，
+ 报价格、时间、房号时写下来或在计算器上显示最可靠。
register: polite
tags: numbers understanding

id: everyday-03-013
lesson: everyday-03
zh: 打八折。
zh_reading: dǎ bā zhé.
en: It's twenty percent off.
en_alt: It's 20% off.
ja: 2割引です。
ja_reading: niwaribiki desu.
ja_kana: にわりびきです。
ko: 20% 할인입니다.
ko_reading: isip peosenteu harinimnida.
note: "八折"是按原价的80%收钱，也就是 "20% off"。千万不要说成 "80% off"（那是二折）。
+ 日语也常说「20%オフ」。
register: neutral
tags: numbers price shopping

id: everyday-03-014
lesson: everyday-03
zh: 买一送一。
zh_reading: mǎi yī sòng yī.
en: Buy one, get one free.
ja: 一つ買うと、もう一つ無料です。
ja_reading: hitotsu kau to, mō hitotsu muryō desu.
ja_kana: ひとつ かう と、 もう ひとつ むりょうです。
ko: 원 플러스 원입니다.
ko_reading: won peulleoseu wonimnida.
note: 这里的"送"是"免费赠送"，英语用 free，不要译成 send。韩国商店常写 "1+1"。
register: neutral
tags: numbers price shopping

id: everyday-03-015
lesson: everyday-03
zh: 一共一百二十八元。
zh_reading: yígòng yìbǎi èrshíbā yuán.
en: That's one hundred and twenty-eight yuan.
en_alt: That's a hundred and twenty-eight yuan.
en_alt: That's one hundred twenty-eight yuan.
ja: 合計で128元です。
ja_reading: gōkei de hyakunijūhachi gen desu.
ja_kana: ごうけい で ひゃくにじゅうはちげんです。
ko: 모두 128위안입니다.
ko_reading: modu baegisippal wianimnida.
note: 英国英语在百位后面加 and（one hundred and twenty-eight），美国英语常省略。
+ 对外国客人说 yuan；"kuai"（块）是口语，客人不一定听得懂。
register: neutral
tags: numbers price
local: 货币单位：人民币元；128 元是示例金额
local_source: 《中华人民共和国中国人民银行法》第十六条（人民币是法定货币）；例中金额是示例，不是规定价格

# ---- 第4课：价格与付款 ----

id: everyday-04-001
lesson: everyday-04
zh: 一共五十元。
zh_reading: yígòng wǔshí yuán.
en: That's fifty yuan altogether.
en_alt: That comes to fifty yuan.
en_alt: The total is fifty yuan.
ja: 合計で50元です。
ja_reading: gōkei de gojū gen desu.
ja_kana: ごうけい で ごじゅうげんです。
ko: 모두 50위안입니다.
ko_reading: modu osip wianimnida.
note: 报总价时说清 "altogether" 或 "in total"，同时把金额给客人看。
+ 日语把人民币"元"读作「げん」（gen），韩语读作「위안」。
register: neutral
tags: price payment
local: 货币单位：人民币元（日语读「げん」，韩语读「위안」）；50 元是示例金额
local_source: 《中华人民共和国中国人民银行法》第十六条（人民币是法定货币）；例中金额是示例，不是规定价格

id: everyday-04-002
lesson: everyday-04
zh: 这个多少钱？
zh_reading: zhège duōshao qián?
en: How much is this?
en_alt: How much does this cost?
ja: これはいくらですか。
ja_reading: kore wa ikura desu ka.
ja_kana: これ は いくらです か。
ko: 이거 얼마예요?
ko_reading: igeo eolmayeyo?
note: 客人常说的话。回答时报出金额，最好同时写下来或在计算器上显示。
+ 客人也可能说 "What's the price?" 或 "How much for two?"（两个多少钱）。
register: neutral
tags: price guest

id: everyday-04-003
lesson: everyday-04
zh: 这个三十八元一个。
zh_reading: zhège sānshíbā yuán yí ge.
en: These are thirty-eight yuan each.
en_alt: It's thirty-eight yuan each.
ja: こちらは一つ38元です。
ja_reading: kochira wa hitotsu sanjūhachi gen desu.
ja_kana: こちら は ひとつ さんじゅうはちげんです。
ko: 이건 하나에 38위안입니다.
ko_reading: igeon hanae samsippal wianimnida.
note: "each" 表示单价，"altogether / in total" 表示总价。说清楚能避免结账时的误会。
register: neutral
tags: price
local: 货币单位：人民币元；38 元是示例单价
local_source: 《中华人民共和国中国人民银行法》第十六条（人民币是法定货币）；例中金额是示例，不是规定价格

id: everyday-04-004
lesson: everyday-04
zh: 请问您怎么付款？
zh_reading: qǐngwèn nín zěnme fùkuǎn?
en: How would you like to pay?
ja: お支払いはどうなさいますか。
ja_reading: oshiharai wa dō nasaimasu ka.
ja_kana: おしはらい は どう なさいます か。
ko: 어떻게 결제하시겠습니까?
ko_reading: eotteoke gyeoljehasigetseumnikka?
note: 比 "Cash or card?" 更礼貌，也给客人说出其他付款方式的机会。
register: polite
tags: payment

id: everyday-04-005
lesson: everyday-04
zh: 可以付现金、刷卡或用手机支付。
zh_reading: kěyǐ fù xiànjīn, shuākǎ huò yòng shǒujī zhīfù.
en: You can pay in cash, by card or by phone.
ja: 現金、カード、スマートフォン決済がご利用いただけます。
ja_reading: genkin, kādo, sumātofon kessai ga goriyō itadakemasu.
ja_kana: げんきん、 カード、 スマートフォン けっさい が ごりよう いただけます。
ko: 현금, 카드, 모바일 결제 모두 가능합니다.
ko_reading: hyeongeum, kadeu, mobail gyeolje modu ganeunghamnida.
note: 只说你们真正能收的方式；不能刷卡就不要提 card。现金无论如何都要收。
register: polite
tags: payment

id: everyday-04-006
lesson: everyday-04
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
note: 客人常问的话。很多小店的刷卡机不收境外卡，要如实回答，
+ 并告诉客人可以付现金，或用绑定了境外卡的支付宝、微信支付。
register: neutral
tags: payment card guest

id: everyday-04-007
lesson: everyday-04
zh: 很抱歉，这里不能刷境外信用卡，您可以付现金。
zh_reading: hěn bàoqiàn, zhèlǐ bù néng shuā jìngwài xìnyòngkǎ, nín kěyǐ fù xiànjīn.
en: I'm sorry, we can't take foreign credit cards, but you can pay in cash.
ja: 申し訳ございません、海外のクレジットカードはお使いいただけませんが、現金でお支払いいただけます。
ja_reading: mōshiwake gozaimasen, kaigai no kurejitto kādo wa otsukai itadakemasen ga, genkin de oshiharai itadakemasu.
ja_kana: もうしわけございません、 かいがい の クレジットカード は おつかい いただけません が、 げんきん で おしはらい いただけます。
ko: 죄송하지만 해외 신용카드는 사용하실 수 없습니다. 현금으로 결제하실 수 있습니다.
ko_reading: joesonghajiman haeoe sinyongkadeuneun sayonghasil su eopseumnida. hyeongeumeuro gyeoljehasil su itseumnida.
note: 拒绝的同时给出办法。如果店里能收支付宝或微信支付，也告诉客人境外卡可以绑定后扫码。
register: polite
tags: payment card

id: everyday-04-008
lesson: everyday-04
zh: 请扫我的二维码。
zh_reading: qǐng sǎo wǒ de èrwéimǎ.
en: Please scan my QR code.
en_alt: Please scan my code.
ja: こちらのQRコードを読み取ってください。
ja_reading: kochira no QR kōdo o yomitotte kudasai.
ja_kana: こちら の キューアール コード を よみとって ください。
ko: 이 QR 코드를 스캔해 주세요.
ko_reading: i QR kodeureul seukaenhae juseyo.
note: 一边说一边把二维码举到客人方便扫的位置，并告诉客人金额，请他输入后给你看一下。
register: polite
tags: payment mobile-payment

id: everyday-04-009
lesson: everyday-04
zh: 我来扫您的付款码。
zh_reading: wǒ lái sǎo nín de fùkuǎnmǎ.
en: I'll scan your payment code.
en_alt: Let me scan your code.
ja: お支払い用のコードを読み取らせていただきます。
ja_reading: oshiharai-yō no kōdo o yomitorasete itadakimasu.
ja_kana: おしはらいよう の コード を よみとらせて いただきます。
ko: 결제 코드를 스캔하겠습니다.
ko_reading: gyeolje kodeureul seukaenhagetseumnida.
note: 扫码前先说出金额，让客人确认。不要伸手去拿客人的手机，请客人自己把付款码亮给你。
register: polite
tags: payment mobile-payment

id: everyday-04-010
lesson: everyday-04
zh: 境外银行卡可以绑定微信支付或支付宝。
zh_reading: jìngwài yínhángkǎ kěyǐ bǎngdìng Wēixìn Zhīfù huò Zhīfùbǎo.
en: You can link a foreign bank card to WeChat Pay or Alipay.
ja: 海外のカードをWeChat PayやAlipayに登録してお支払いいただけます。
ja_reading: kaigai no kādo o WeChat Pay ya Alipay ni tōroku shite oshiharai itadakemasu.
ja_kana: かいがい の カード を ウィーチャット ペイ や アリペイ に とうろく して おしはらい いただけます。
ko: 해외 카드를 위챗페이나 알리페이에 등록해 결제하실 수 있습니다.
ko_reading: haeoe kadeureul wichaetpeina allipeie deungnokae gyeoljehasil su itseumnida.
note: 2023年7月起，外国游客可以把境外发行的 Visa、Mastercard、JCB 等银行卡
+ 绑定到微信支付和支付宝，然后像本地人一样扫码付款。
register: neutral
tags: payment mobile-payment

id: everyday-04-011
lesson: everyday-04
zh: 现金也可以。
zh_reading: xiànjīn yě kěyǐ.
en: Cash is fine, too.
en_alt: Cash is fine.
en_alt: We accept cash.
ja: 現金でもお支払いいただけます。
ja_reading: genkin demo oshiharai itadakemasu.
ja_kana: げんきん で も おしはらい いただけます。
ko: 현금으로도 결제하실 수 있습니다.
ko_reading: hyeongeumeurodo gyeoljehasil su itseumnida.
note: 按中国人民银行的规定，不得拒收人民币现金。即使你习惯手机收款，客人要付现金也要收。
register: neutral
tags: payment cash

id: everyday-04-012
lesson: everyday-04
zh: 您有零钱吗？
zh_reading: nín yǒu língqián ma?
en: Do you have anything smaller?
en_alt: Do you have any smaller notes?
ja: 細かいお金はお持ちですか。
ja_reading: komakai okane wa omochi desu ka.
ja_kana: こまかい おかね は おもちです か。
ko: 잔돈 있으십니까?
ko_reading: jandon isseusimnikka?
note: 客人给的钞票面额太大、找不开时问。不要因为找不开就拒收；实在没有零钱，
+ 可以去隔壁店换，或请客人改用手机支付。美国客人说 bills，英国客人说 notes。
register: polite
tags: payment cash

id: everyday-04-013
lesson: everyday-04
zh: 这是找您的钱。
zh_reading: zhè shì zhǎo nín de qián.
en: Here's your change.
en_alt: Here is your change.
ja: こちら、お釣りでございます。
ja_reading: kochira, otsuri de gozaimasu.
ja_kana: こちら、 おつりでございます。
ko: 거스름돈 여기 있습니다.
ko_reading: geoseureumdon yeogi itseumnida.
note: 用右手或双手把钱递到客人手里，不要扔在柜台上（见本课礼仪题）。
register: polite
tags: payment cash

id: everyday-04-014
lesson: everyday-04
zh: 不用找了。
zh_reading: búyòng zhǎo le.
en: Keep the change.
ja: お釣りは結構です。
ja_reading: otsuri wa kekkō desu.
ja_kana: おつり は けっこうです。
ko: 잔돈은 괜찮아요.
ko_reading: jandoneun gwaenchanayo.
note: 客人常说的话，意思是把零钱送给你当小费。单位允许就微笑道谢；
+ 不允许就礼貌说明并把钱还给客人。
register: neutral
tags: payment tipping guest

id: everyday-04-015
lesson: everyday-04
zh: 谢谢您的好意，我们不收小费。
zh_reading: xièxie nín de hǎoyì, wǒmen bù shōu xiǎofèi.
en: That's very kind of you, but we don't accept tips.
en_alt: Thank you, but there's no need to tip.
ja: お気持ちだけありがたく頂戴いたします。
ja_reading: okimochi dake arigataku chōdai itashimasu.
ja_kana: おきもち だけ ありがたく ちょうだいいたします。
ko: 마음만 감사히 받겠습니다.
ko_reading: maeumman gamsahi batgetseumnida.
note: 先道谢再婉拒，语气要温和；客人给小费是出于好意，不要让他难堪。
+ 日语、韩语的说法是"心意我领了"，是很自然的婉拒。
register: polite
tags: payment tipping

id: everyday-04-016
lesson: everyday-04
zh: 付款成功了。
zh_reading: fùkuǎn chénggōng le.
en: The payment has gone through.
en_alt: Your payment went through.
en_alt: The payment was successful.
ja: お支払いが完了しました。
ja_reading: oshiharai ga kanryō shimashita.
ja_kana: おしはらい が かんりょう しました。
ko: 결제가 완료되었습니다.
ko_reading: gyeoljega wallyodoeeotseumnida.
note: 手机或刷卡付款后，确认收到了再这样告诉客人，然后再递上小票或商品。
register: neutral
tags: payment

id: everyday-04-017
lesson: everyday-04
zh: 付款没成功，请您再试一次。
zh_reading: fùkuǎn méi chénggōng, qǐng nín zài shì yí cì.
en: The payment didn't go through. Could you try again, please?
ja: お支払いができなかったようです。もう一度お試しいただけますか。
ja_reading: oshiharai ga dekinakatta yō desu. mō ichido otameshi itadakemasu ka.
ja_kana: おしはらい が できなかった ようです。 もういちど おためし いただけます か。
ko: 결제가 되지 않았습니다. 다시 한번 해 주시겠어요?
ko_reading: gyeoljega doeji anatseumnida. dasi hanbeon hae jusigesseoyo?
note: 不要说 "Your card is bad."，也不要当众说 "no money"。只说付款没成功，
+ 请客人再试一次或换一种方式。
register: polite
tags: payment

id: everyday-04-018
lesson: everyday-04
zh: 您需要发票吗？
zh_reading: nín xūyào fāpiào ma?
en: Would you like a receipt?
ja: 領収書はご入用ですか。
ja_reading: ryōshūsho wa goiriyō desu ka.
ja_kana: りょうしゅうしょ は ごいりようです か。
ko: 영수증 필요하십니까?
ko_reading: yeongsujeung piryohasimnikka?
note: 对外国客人说 receipt 即可，不必解释"发票"。出租车的票据上一般印有车号和电话，
+ 客人落下东西时用得上。
register: polite
tags: payment receipt
local: 出租汽车票据上印有车号和电话：按本市现行出租汽车发票的样式核对
local_source: 国家税务总局青岛市税务局 出租汽车发票（含电子发票）规定（未核对）；车内张贴的服务监督卡

id: everyday-04-019
lesson: everyday-04
zh: 请输入密码。
zh_reading: qǐng shūrù mìmǎ.
en: Please enter your PIN.
ja: 暗証番号を入力してください。
ja_reading: anshō bangō o nyūryoku shite kudasai.
ja_kana: あんしょう ばんごう を にゅうりょく して ください。
ko: 비밀번호를 입력해 주세요.
ko_reading: bimilbeonhoreul imnyeokae juseyo.
note: 刷卡时说。客人输入密码时把视线移开或后退一步。有的境外卡只需签名，不用输密码。
register: polite
tags: payment card

# ---- 第5课：时间与日期 ----

id: everyday-05-001
lesson: everyday-05
zh: 我们早上九点开门，晚上十点关门。
zh_reading: wǒmen zǎoshang jiǔ diǎn kāimén, wǎnshang shí diǎn guānmén.
en: We're open from nine in the morning until ten at night.
en_alt: We open at nine a.m. and close at ten p.m.
en_alt: We're open from 9 a.m. to 10 p.m.
ja: 朝9時から夜10時まで営業しております。
ja_reading: asa kuji kara yoru jūji made eigyō shite orimasu.
ja_kana: あさ くじ から よる じゅうじ まで えいぎょう して おります。
ko: 아침 9시부터 밤 10시까지 영업합니다.
ko_reading: achim ahop sibuteo bam yeol sikkaji yeongeopamnida.
note: 英语说钟点常用 a.m.（上午）和 p.m.（下午、晚上），或者说 in the morning / at night。
+ 说时间时可以同时写下来，避免听错。
register: polite
tags: time hours

id: everyday-05-002
lesson: everyday-05
zh: 你们几点关门？
zh_reading: nǐmen jǐ diǎn guānmén?
en: What time do you close?
en_alt: When do you close?
ja: 何時に閉まりますか。
ja_reading: nanji ni shimarimasu ka.
ja_kana: なんじ に しまります か。
ko: 몇 시에 문 닫아요?
ko_reading: myeot sie mun dadayo?
note: 客人常问的话。也可能问 "What are your opening hours?"（营业时间是几点到几点）
+ 或 "Are you open on Sunday?"（星期天开门吗）。
register: neutral
tags: time hours guest

id: everyday-05-003
lesson: everyday-05
zh: 我们每天都营业。
zh_reading: wǒmen měitiān dōu yíngyè.
en: We're open every day.
en_alt: We're open seven days a week.
ja: 毎日営業しております。
ja_reading: mainichi eigyō shite orimasu.
ja_kana: まいにち えいぎょう して おります。
ko: 매일 영업합니다.
ko_reading: maeil yeongeopamnida.
note: 如果节假日时间不同，要补充一句，例如 "except on Chinese New Year's Eve"（除夕除外）。
register: neutral
tags: time hours

id: everyday-05-004
lesson: everyday-05
zh: 我们星期一休息。
zh_reading: wǒmen xīngqīyī xiūxi.
en: We're closed on Mondays.
ja: 月曜日は定休日です。
ja_reading: getsuyōbi wa teikyūbi desu.
ja_kana: げつようび は ていきゅうびです。
ko: 월요일은 쉽니다.
ko_reading: woryoireun swimnida.
note: "closed on Mondays" 用复数，表示每个星期一都休息；说 "closed on Monday" 可能被理解为
+ 只有下个星期一休息。不要说 "We rest on Monday."。
register: neutral
tags: time hours

id: everyday-05-005
lesson: everyday-05
zh: 大概要十分钟。
zh_reading: dàgài yào shí fēnzhōng.
en: It'll take about ten minutes.
en_alt: About ten minutes.
ja: 10分ほどかかります。
ja_reading: juppun hodo kakarimasu.
ja_kana: じゅっぷん ほど かかります。
ko: 10분 정도 걸립니다.
ko_reading: sip bun jeongdo geollimnida.
note: 时间要说得实在一点；宁可说长一点再提前做好，也不要说 "one minute" 让客人等一刻钟。
register: neutral
tags: time waiting

id: everyday-05-006
lesson: everyday-05
zh: 能请您十分钟后再来吗？
zh_reading: néng qǐng nín shí fēnzhōng hòu zài lái ma?
en: Could you come back in ten minutes, please?
ja: 10分後にもう一度お越しいただけますか。
ja_reading: juppungo ni mō ichido okoshi itadakemasu ka.
ja_kana: じゅっぷんご に もういちど おこし いただけます か。
ko: 10분 후에 다시 와 주시겠어요?
ko_reading: sip bun hue dasi wa jusigesseoyo?
note: "in ten minutes" 是"十分钟以后"，"for ten minutes" 是"持续十分钟"，不要混用。
register: polite
tags: time waiting

id: everyday-05-007
lesson: everyday-05
zh: 早餐时间是早上七点到十点。
zh_reading: zǎocān shíjiān shì zǎoshang qī diǎn dào shí diǎn.
en: Breakfast is served from seven to ten a.m.
en_alt: Breakfast is from seven to ten in the morning.
ja: 朝食は7時から10時までです。
ja_reading: chōshoku wa shichiji kara jūji made desu.
ja_kana: ちょうしょく は しちじ から じゅうじ までです。
ko: 아침 식사는 7시부터 10시까지입니다.
ko_reading: achim siksaneun ilgop sibuteo yeol sikkajiimnida.
note: "from … to …" 或 "between … and …" 表示时间段。早餐地点也要一起说，
+ 例如 "in the restaurant on the second floor"。
register: neutral
tags: time hours hotel

id: everyday-05-008
lesson: everyday-05
zh: 今天是五月三号，星期五。
zh_reading: jīntiān shì wǔ yuè sān hào, xīngqīwǔ.
en: Today is Friday, May third.
en_alt: Today is Friday, the third of May.
ja: 今日は5月3日、金曜日です。
ja_reading: kyō wa gogatsu mikka, kin'yōbi desu.
ja_kana: きょう は ごがつ みっか、 きんようびです。
ko: 오늘은 5월 3일 금요일입니다.
ko_reading: oneureun owol samil geumyoirimnida.
note: 美国人把日期写成 "5/3"（月/日），英国人和很多欧洲人写成 "3/5"（日/月）。
+ 写给客人看时用英文月份名（May 3），不要只写数字。
register: neutral
tags: time date

id: everyday-05-009
lesson: everyday-05
zh: 明天早上八点开门。
zh_reading: míngtiān zǎoshang bā diǎn kāimén.
en: We open again at eight tomorrow morning.
en_alt: We'll be open at eight tomorrow morning.
ja: 明日は朝8時から営業いたします。
ja_reading: ashita wa asa hachiji kara eigyō itashimasu.
ja_kana: あした は あさ はちじ から えいぎょういたします。
ko: 내일은 아침 8시에 문을 엽니다.
ko_reading: naeireun achim yeodeol sie muneul yeomnida.
note: 客人来晚了、已经关门时，告诉他下次什么时候能来，比只说 "We're closed." 周到。
register: neutral
tags: time hours

id: everyday-05-010
lesson: everyday-05
zh: 营业到晚上九点半。
zh_reading: yíngyè dào wǎnshang jiǔ diǎn bàn.
en: We're open until nine thirty tonight.
en_alt: We're open till half past nine tonight.
ja: 夜9時半まで営業しております。
ja_reading: yoru kuji han made eigyō shite orimasu.
ja_kana: よる くじはん まで えいぎょう して おります。
ko: 밤 9시 반까지 영업합니다.
ko_reading: bam ahop si bankkaji yeongeopamnida.
note: "nine thirty" 和 "half past nine" 都是九点半。英国人说 "half nine" 也是九点半，
+ 不是八点半。
register: neutral
tags: time hours

id: everyday-05-011
lesson: everyday-05
zh: 很抱歉，我们快要关门了。
zh_reading: hěn bàoqiàn, wǒmen kuàiyào guānmén le.
en: I'm sorry, we're about to close.
en_alt: I'm sorry, we'll be closing soon.
ja: 申し訳ございません、まもなく閉店いたします。
ja_reading: mōshiwake gozaimasen, mamonaku heiten itashimasu.
ja_kana: もうしわけございません、 まもなく へいてんいたします。
ko: 죄송합니다만 곧 영업을 마칩니다.
ko_reading: joesonghamnidaman got yeongeobeul machimnida.
note: 先道歉，再告诉客人还有多少时间，例如 "We close in fifteen minutes."；
+ 不要一声不响地关灯、拖地赶人。
register: polite
tags: time hours refusal

id: everyday-05-012
lesson: everyday-05
zh: 我们二十四小时营业。
zh_reading: wǒmen èrshísì xiǎoshí yíngyè.
en: We're open twenty-four hours.
en_alt: We're open 24 hours.
en_alt: We're open around the clock.
ja: 24時間営業です。
ja_reading: nijūyo-jikan eigyō desu.
ja_kana: にじゅうよじかん えいぎょうです。
ko: 24시간 영업합니다.
ko_reading: isipsa sigan yeongeopamnida.
note: 便利店、药店、医院急诊常用。也可以说 "We never close."。
register: neutral
tags: time hours

id: everyday-05-013
lesson: everyday-05
zh: 春节期间我们休息三天。
zh_reading: Chūnjié qījiān wǒmen xiūxi sān tiān.
en: We'll be closed for three days over Chinese New Year.
en_alt: We're closed for three days during the Spring Festival.
ja: 春節（旧正月）の間は3日間お休みをいただきます。
ja_reading: shunsetsu (kyūshōgatsu) no aida wa mikkakan oyasumi o itadakimasu.
ja_kana: しゅんせつ （きゅうしょうがつ） の あいだ は みっかかん おやすみ を いただきます。
ko: 춘절 연휴에는 사흘 동안 쉽니다.
ko_reading: chunjeol yeonhyueneun saheul dongan swimnida.
note: 对外国客人说 "Chinese New Year" 或 "Spring Festival" 都可以。春节每年的公历日期不同，
+ 最好同时告诉客人具体是哪几天。
register: neutral
tags: time date holiday

id: everyday-05-014
lesson: everyday-05
zh: 请问您预约的是几点？
zh_reading: qǐngwèn nín yùyuē de shì jǐ diǎn?
en: What time is your reservation?
en_alt: What time did you book for?
ja: ご予約は何時でしょうか。
ja_reading: goyoyaku wa nanji deshō ka.
ja_kana: ごよやく は なんじでしょう か。
ko: 예약하신 시간이 몇 시세요?
ko_reading: yeyakasin sigani myeot siseyo?
note: 美国人多说 reservation，英国人也常说 booking，意思相同。
register: polite
tags: time booking

id: everyday-05-015
lesson: everyday-05
zh: 现在几点？
zh_reading: xiànzài jǐ diǎn?
en: Excuse me, what time is it?
en_alt: Do you have the time?
ja: すみません、今何時ですか。
ja_reading: sumimasen, ima nanji desu ka.
ja_kana: すみません、 いま なんじです か。
ko: 지금 몇 시예요?
ko_reading: jigeum myeot siyeyo?
note: 客人常问的话。"Do you have the time?" 是问现在几点，
+ "Do you have time?"（没有 the）才是问你有没有空，别听混了。
register: neutral
tags: time guest

# ---- 第6课：问路与指路 ----

id: everyday-06-001
lesson: everyday-06
zh: 请问地铁站怎么走？
zh_reading: qǐngwèn dìtiězhàn zěnme zǒu?
en: Excuse me, how do I get to the metro station?
en_alt: Where's the nearest subway station?
en_alt: How do I get to the subway?
ja: すみません、地下鉄の駅にはどう行けばいいですか。
ja_reading: sumimasen, chikatetsu no eki ni wa dō ikeba ii desu ka.
ja_kana: すみません、 ちかてつ の えき に は どう いけば いいです か。
ko: 실례지만 지하철역에 어떻게 가요?
ko_reading: sillyejiman jihacheollyeoge eotteoke gayo?
note: 客人常问的话。地铁在美国叫 subway，在英国叫 underground 或 tube，
+ 也有人说 metro，都是地铁。
register: neutral
tags: directions transport guest

id: everyday-06-002
lesson: everyday-06
zh: 一直往前走。
zh_reading: yìzhí wǎng qián zǒu.
en: Go straight ahead.
en_alt: Go straight on.
en_alt: Keep going straight.
ja: このまままっすぐ行ってください。
ja_reading: kono mama massugu itte kudasai.
ja_kana: この まま まっすぐ いって ください。
ko: 앞으로 쭉 가세요.
ko_reading: apeuro jjuk gaseyo.
note: 指路时五指并拢、手掌朝方向伸出，不要用一根手指指。
register: neutral
tags: directions

id: everyday-06-003
lesson: everyday-06
zh: 在第二个路口右转。
zh_reading: zài dì-èr ge lùkǒu yòu zhuǎn.
en: Turn right at the second intersection.
en_alt: Take the second right.
ja: 二つ目の交差点を右に曲がってください。
ja_reading: futatsume no kōsaten o migi ni magatte kudasai.
ja_kana: ふたつめ の こうさてん を みぎ に まがって ください。
ko: 두 번째 사거리에서 오른쪽으로 도세요.
ko_reading: du beonjjae sageorieseo oreunjjogeuro doseyo.
note: 美国人说 intersection，英国人说 junction 或 crossroads。
+ 说第几个路口时用序数词（first、second、third），并用手势配合。
register: neutral
tags: directions

id: everyday-06-004
lesson: everyday-06
zh: 到红绿灯那儿左转。
zh_reading: dào hónglǜdēng nàr zuǒ zhuǎn.
en: Turn left at the traffic lights.
en_alt: Turn left at the lights.
ja: 信号を左に曲がってください。
ja_reading: shingō o hidari ni magatte kudasai.
ja_kana: しんごう を ひだり に まがって ください。
ko: 신호등에서 왼쪽으로 도세요.
ko_reading: sinhodeungeseo oenjjogeuro doseyo.
note: 说左右时要站在客人的角度；面对面指路时，你的左边是客人的右边，最好转过身来和客人朝同一方向。
register: neutral
tags: directions

id: everyday-06-005
lesson: everyday-06
zh: 在银行对面。
zh_reading: zài yínháng duìmiàn.
en: It's across from the bank.
en_alt: It's opposite the bank.
ja: 銀行の向かいにあります。
ja_reading: ginkō no mukai ni arimasu.
ja_kana: ぎんこう の むかい に あります。
ko: 은행 맞은편에 있습니다.
ko_reading: eunhaeng majeunpyeone itseumnida.
note: "across from" 美国人常说，"opposite" 英美都用，意思都是"对面"。
+ 用客人能看到的地标（银行、麦当劳、大楼）来指路，比说路名更好懂。
register: neutral
tags: directions

id: everyday-06-006
lesson: everyday-06
zh: 就在超市旁边。
zh_reading: jiù zài chāoshì pángbiān.
en: It's right next to the supermarket.
ja: スーパーのすぐ隣です。
ja_reading: sūpā no sugu tonari desu.
ja_kana: スーパー の すぐ となりです。
ko: 슈퍼마켓 바로 옆에 있습니다.
ko_reading: syupeomaket baro yeope itseumnida.
note: "next to" 是紧挨着，"near" 只是在附近。说 "right next to" 表示就在旁边。
register: neutral
tags: directions

id: everyday-06-007
lesson: everyday-06
zh: 走路大概五分钟。
zh_reading: zǒulù dàgài wǔ fēnzhōng.
en: It's about a five-minute walk.
en_alt: It's about five minutes on foot.
ja: 歩いて5分ぐらいです。
ja_reading: aruite gofun gurai desu.
ja_kana: あるいて ごふん ぐらいです。
ko: 걸어서 5분쯤 걸립니다.
ko_reading: georeoseo o bun jjeum geollimnida.
note: "a five-minute walk" 中间的 minute 不加 s。
register: neutral
tags: directions time

id: everyday-06-008
lesson: everyday-06
zh: 有点远，建议您打车。
zh_reading: yǒudiǎn yuǎn, jiànyì nín dǎchē.
en: It's a bit far, so I'd suggest taking a taxi.
en_alt: It's quite far. I'd recommend a taxi.
ja: 少し遠いので、タクシーをおすすめします。
ja_reading: sukoshi tōi node, takushī o osusume shimasu.
ja_kana: すこし とおい ので、 タクシー を おすすめ します。
ko: 좀 멀어서 택시를 타시는 게 좋겠습니다.
ko_reading: jom meoreoseo taeksireul tasineun ge joketseumnida.
note: "I'd suggest …" 是给建议，比 "You must take a taxi." 客气。可以顺便把目的地的中文名写给客人，方便他给司机看。
register: polite
tags: directions transport

id: everyday-06-009
lesson: everyday-06
zh: 坐地铁二号线。
zh_reading: zuò dìtiě èr hào xiàn.
en: Take Metro Line 2.
en_alt: Take Line 2 on the metro.
ja: 地下鉄2号線に乗ってください。
ja_reading: chikatetsu nigōsen ni notte kudasai.
ja_kana: ちかてつ にごうせん に のって ください。
ko: 지하철 2호선을 타세요.
ko_reading: jihacheol ihoseoneul taseyo.
note: 地铁线路说 "Line 2"（读 line two），方向可以说 "towards" 加终点站名。
register: neutral
tags: directions transport
local: 青岛地铁的线路号：例句是 2 号线，按客人要去的地方换成青岛地铁的实际线路
local_source: 青岛地铁集团有限公司 官方网站 线网图

id: everyday-06-010
lesson: everyday-06
zh: 在第三站下车。
zh_reading: zài dì-sān zhàn xià chē.
en: Get off at the third stop.
en_alt: Get off three stops from here.
ja: 三つ目の駅で降りてください。
ja_reading: mittsume no eki de orite kudasai.
ja_kana: みっつめ の えき で おりて ください。
ko: 세 번째 역에서 내리세요.
ko_reading: se beonjjae yeogeseo naeriseyo.
note: 最好把要下车的站名也写给客人，中文和拼音都写上，车厢里的报站和站牌才对得上。
register: neutral
tags: directions transport

id: everyday-06-011
lesson: everyday-06
zh: 从B出口出去。
zh_reading: cóng B chūkǒu chūqu.
en: Take Exit B.
en_alt: Leave by Exit B.
en_alt: Use Exit B.
ja: B出口から出てください。
ja_reading: bī deguchi kara dete kudasai.
ja_kana: ビー でぐち から でて ください。
ko: B 출구로 나가세요.
ko_reading: bi chulguro nagaseyo.
note: 大的地铁站出口很多，告诉客人出口编号能省很多路。字母按英语读：B 读 "bee"。
register: neutral
tags: directions transport

id: everyday-06-012
lesson: everyday-06
zh: 洗手间在哪里？
zh_reading: xǐshǒujiān zài nǎlǐ?
en: Where's the restroom?
en_alt: Where are the toilets?
en_alt: Where's the bathroom?
ja: お手洗いはどこですか。
ja_reading: otearai wa doko desu ka.
ja_kana: おてあらい は どこです か。
ko: 화장실이 어디예요?
ko_reading: hwajangsiri eodiyeyo?
note: 客人常问的话。美国人说 restroom 或 bathroom，英国人说 toilet(s) 或 loo，都是问洗手间。
register: neutral
tags: directions guest

id: everyday-06-013
lesson: everyday-06
zh: 洗手间在那边，左手边。
zh_reading: xǐshǒujiān zài nàbiān, zuǒshǒubiān.
en: The restroom is over there, on the left.
en_alt: The toilets are over there on the left.
ja: お手洗いはあちらの左側です。
ja_reading: otearai wa achira no hidarigawa desu.
ja_kana: おてあらい は あちら の ひだりがわです。
ko: 화장실은 저쪽 왼편에 있습니다.
ko_reading: hwajangsireun jeojjok oenpyeone itseumnida.
note: 跟着客人用的词回答：客人说 toilet 你就说 toilet，说 restroom 你就说 restroom。
register: neutral
tags: directions

id: everyday-06-014
lesson: everyday-06
zh: 我带您过去吧。
zh_reading: wǒ dài nín guòqu ba.
en: I'll take you there.
en_alt: Let me show you the way.
ja: ご案内いたします。
ja_reading: goannai itashimasu.
ja_kana: ごあんないいたします。
ko: 제가 안내해 드리겠습니다.
ko_reading: jega annaehae deurigetseumnida.
note: 路近又不耽误工作时，亲自带路是最好的服务。走在客人斜前方一两步，边走边用手示意。
register: polite
tags: directions help

id: everyday-06-015
lesson: everyday-06
zh: 我在地图上指给您看。
zh_reading: wǒ zài dìtú shang zhǐ gěi nín kàn.
en: Let me show you on the map.
ja: 地図でお見せしますね。
ja_reading: chizu de omise shimasu ne.
ja_kana: ちず で おみせ します ね。
ko: 지도에서 보여 드릴게요.
ko_reading: jidoeseo boyeo deurilgeyo.
note: 可以在客人自己的手机地图上指，也可以用你的手机搜好再给他看；
+ 看客人的手机前先问 "May I?"，不要直接拿过来。
register: polite
tags: directions

id: everyday-06-016
lesson: everyday-06
zh: 客运码头就在这条路的尽头。
zh_reading: kèyùn mǎtou jiù zài zhè tiáo lù de jìntóu.
en: The ferry terminal is at the end of this road.
ja: フェリーターミナルはこの道の突き当たりにあります。
ja_reading: ferī tāminaru wa kono michi no tsukiatari ni arimasu.
ja_kana: フェリー ターミナル は この みち の つき あたり に あります。
ko: 여객선 터미널은 이 길 끝에 있습니다.
ko_reading: yeogaekseon teomineoreun i gil kkeute itseumnida.
note: 港口城市常用：ferry terminal（客运码头）、cruise terminal（邮轮码头）、port（港口）、
+ pier（栈桥、码头）。
register: neutral
tags: directions port
local: 青岛的客运码头：市区和黄岛之间的轮渡码头；邮轮停靠青岛邮轮母港
local_source: 青岛港（集团）有限公司 青岛邮轮母港；青岛市交通运输局 水路客运信息

id: everyday-06-017
lesson: everyday-06
zh: 过马路请走地下通道。
zh_reading: guò mǎlù qǐng zǒu dìxià tōngdào.
en: Please use the underpass to cross the road.
en_alt: Please cross by the underpass.
ja: 道路を渡るときは地下道をご利用ください。
ja_reading: dōro o wataru toki wa chikadō o goriyō kudasai.
ja_kana: どうろ を わたる とき は ちかどう を ごりよう ください。
ko: 길을 건너실 때는 지하도를 이용해 주세요.
ko_reading: gireul geonneosil ttaeneun jihadoreul iyonghae juseyo.
note: 英国英语里 subway 指的是过街地下通道，不是地铁；美国英语说 underpass 或 pedestrian tunnel。
register: polite
tags: directions safety

# ---- 第7课：主动帮忙 ----

id: everyday-07-001
lesson: everyday-07
zh: 您需要帮忙吗？
zh_reading: nín xūyào bāngmáng ma?
en: Do you need any help?
en_alt: Can I help you?
en_alt: Do you need a hand?
ja: 何かお困りですか。
ja_reading: nanika okomari desu ka.
ja_kana: なに か おこまりです か。
ko: 도와드릴까요?
ko_reading: dowadeurilkkayo?
note: 看到客人拿着地图四处张望、对着售票机发愁时，主动上前问一句。
+ 语气轻松友好，客人说 "No, thanks." 就微笑走开，不要硬帮。
register: polite
tags: help

id: everyday-07-002
lesson: everyday-07
zh: 我来帮您拿吧。
zh_reading: wǒ lái bāng nín ná ba.
en: Let me help you with that.
en_alt: Shall I carry that for you?
ja: お持ちしましょうか。
ja_reading: omochi shimashō ka.
ja_kana: おもち しましょう か。
ko: 들어 드릴까요?
ko_reading: deureo deurilkkayo?
note: 先问，客人同意后再接过东西；不要直接去拿客人的包，有的客人会以为你要拿走它。
register: polite
tags: help luggage

id: everyday-07-003
lesson: everyday-07
zh: 需要我帮您叫出租车吗？
zh_reading: xūyào wǒ bāng nín jiào chūzūchē ma?
en: Would you like me to call a taxi for you?
en_alt: Shall I get you a taxi?
ja: タクシーをお呼びしましょうか。
ja_reading: takushī o oyobi shimashō ka.
ja_kana: タクシー を および しましょう か。
ko: 택시를 불러 드릴까요?
ko_reading: taeksireul bulleo deurilkkayo?
note: 很多外国客人不会用国内的打车软件，帮忙叫车后把车牌号写给客人。
register: polite
tags: help transport

id: everyday-07-004
lesson: everyday-07
zh: 我帮您查一下。
zh_reading: wǒ bāng nín chá yíxià.
en: Let me check that for you.
en_alt: I'll look that up for you.
ja: お調べいたします。
ja_reading: oshirabe itashimasu.
ja_kana: おしらべ いたします。
ko: 확인해 드리겠습니다.
ko_reading: hwaginhae deurigetseumnida.
note: 查的时候如果要花一点时间，先说 "One moment, please."，查完告诉客人结果。
register: polite
tags: help

id: everyday-07-005
lesson: everyday-07
zh: 需要我帮您拍照吗？
zh_reading: xūyào wǒ bāng nín pāizhào ma?
en: Would you like me to take a photo for you?
en_alt: Shall I take a picture for you?
ja: お写真をお撮りしましょうか。
ja_reading: oshashin o otori shimashō ka.
ja_kana: おしゃしん を おとり しましょう か。
ko: 사진 찍어 드릴까요?
ko_reading: sajin jjigeo deurilkkayo?
note: 看到客人轮流自拍、想拍合影时可以主动问。拍完把手机双手递还，请客人看看满不满意。
register: polite
tags: help photo

id: everyday-07-006
lesson: everyday-07
zh: 需要我帮忙吗？我该怎么帮您？
zh_reading: xūyào wǒ bāngmáng ma? wǒ gāi zěnme bāng nín?
en: Would you like some help? Just tell me how I can help.
en_alt: Can I help? How would you like me to help?
ja: お手伝いしましょうか。どのようにお手伝いすればよろしいですか。
ja_reading: otetsudai shimashō ka. dono yō ni otetsudai sureba yoroshii desu ka.
ja_kana: おてつだい しましょう か。 どの よう に おてつだい すれば よろしいです か。
ko: 도와드릴까요? 어떻게 도와드리면 될까요?
ko_reading: dowadeurilkkayo? eotteoke dowadeurimyeon doelkkayo?
note: 对坐轮椅、拄拐杖或视力不好的客人，先问要不要帮忙，对方同意后再问怎么帮。
+ 不要不打招呼就推轮椅或拉客人的胳膊。
register: polite
tags: help accessibility

id: everyday-07-007
lesson: everyday-07
zh: 请扶好扶手。
zh_reading: qǐng fú hǎo fúshou.
en: Please hold on to the handrail.
ja: 手すりにおつかまりください。
ja_reading: tesuri ni otsukamari kudasai.
ja_kana: てすり に おつかまり ください。
ko: 손잡이를 잡아 주세요.
ko_reading: sonjabireul jaba juseyo.
note: 上下楼梯、自动扶梯或上船时提醒老人和带孩子的客人。
register: polite
tags: help safety

id: everyday-07-008
lesson: everyday-07
zh: 电梯在那边。
zh_reading: diàntī zài nàbiān.
en: The elevator is over there.
en_alt: The lift is over there.
ja: エレベーターはあちらです。
ja_reading: erebētā wa achira desu.
ja_kana: エレベーター は あちらです。
ko: 엘리베이터는 저쪽에 있습니다.
ko_reading: ellibeiteoneun jeojjoge itseumnida.
note: 美国说 elevator，英国说 lift；自动扶梯是 escalator，不要混淆。
+ 带大件行李、推婴儿车或坐轮椅的客人最需要知道电梯在哪里。
register: neutral
tags: help directions accessibility

id: everyday-07-009
lesson: everyday-07
zh: 要不要喝点水？
zh_reading: yào bu yào hē diǎn shuǐ?
en: Would you like some water?
en_alt: Can I get you some water?
ja: お水をお持ちしましょうか。
ja_reading: omizu o omochi shimashō ka.
ja_kana: おみず を おもち しましょう か。
ko: 물 좀 드릴까요?
ko_reading: mul jom deurilkkayo?
note: 提供东西用 "Would you like …?"，比 "Do you want …?" 礼貌。
+ 很多外国客人习惯喝常温水或冰水，不一定要热水，可以问一句。
register: polite
tags: help

id: everyday-07-010
lesson: everyday-07
zh: 我用中文把地址写给您。
zh_reading: wǒ yòng Zhōngwén bǎ dìzhǐ xiě gěi nín.
en: I'll write the address in Chinese for you.
ja: 住所を中国語でお書きしますね。
ja_reading: jūsho o chūgokugo de okaki shimasu ne.
ja_kana: じゅうしょ を ちゅうごくご で おかき します ね。
ko: 주소를 중국어로 적어 드릴게요.
ko_reading: jusoreul junggugeoro jeogeo deurilgeyo.
note: 客人拿着这张纸给司机或路人看就能到达。字写清楚，最好再加上地点的电话号码。
register: polite
tags: help directions

id: everyday-07-011
lesson: everyday-07
zh: 给您。
zh_reading: gěi nín.
en: Here you are.
en_alt: Here you go.
ja: どうぞ。
ja_reading: dōzo.
ja_kana: どうぞ。
ko: 여기 있습니다.
ko_reading: yeogi itseumnida.
note: 递东西时说，用双手或右手递上，笔和剪刀的尖头朝向自己。
register: polite
tags: help courtesy

id: everyday-07-012
lesson: everyday-07
zh: 还有什么需要吗？
zh_reading: hái yǒu shénme xūyào ma?
en: Is there anything else I can do for you?
en_alt: Is there anything else?
en_alt: Anything else I can help with?
ja: ほかに何かございますか。
ja_reading: hoka ni nanika gozaimasu ka.
ja_kana: ほか に なに かございます か。
ko: 더 필요하신 것 있으세요?
ko_reading: deo piryohasin geot isseuseyo?
note: 办完一件事后问一句，客人常常还有别的问题不好意思开口。
register: polite
tags: help

id: everyday-07-013
lesson: everyday-07
zh: 能帮我一下吗？
zh_reading: néng bāng wǒ yíxià ma?
en: Could you help me, please?
en_alt: Could you give me a hand?
ja: ちょっと手伝っていただけますか。
ja_reading: chotto tetsudatte itadakemasu ka.
ja_kana: ちょっと てつだって いただけます か。
ko: 좀 도와주시겠어요?
ko_reading: jom dowajusigesseoyo?
note: 客人常说的话。听到后停下手上的事，看着客人说 "Of course. What can I do for you?"。
+ "give me a hand" 是"帮个忙"，不是要你的手。
register: polite
tags: help guest

id: everyday-07-014
lesson: everyday-07
zh: 有需要随时叫我。
zh_reading: yǒu xūyào suíshí jiào wǒ.
en: If you need anything, just let me know.
en_alt: Just let me know if you need anything.
ja: 何かございましたら、いつでもお声がけください。
ja_reading: nanika gozaimashitara, itsudemo okoegake kudasai.
ja_kana: なに かございましたら、 いつ でも おこえがけ ください。
ko: 필요하신 게 있으면 언제든지 말씀해 주세요.
ko_reading: piryohasin ge isseumyeon eonjedeunji malsseumhae juseyo.
note: 离开客人身边时说，让客人知道可以再找你。
register: polite
tags: help

id: everyday-07-015
lesson: everyday-07
zh: 您慢慢看。
zh_reading: nín mànmàn kàn.
en: Please take your time.
en_alt: Feel free to look around.
ja: どうぞごゆっくりご覧ください。
ja_reading: dōzo goyukkuri goran kudasai.
ja_kana: どうぞ ごゆっくり ごらん ください。
ko: 천천히 둘러보세요.
ko_reading: cheoncheonhi dulleoboseyo.
note: 客人进店随便看看时说，然后保持一点距离，不要一直跟在客人身后推销。
register: polite
tags: help shopping

id: everyday-07-016
lesson: everyday-07
zh: 能借我一个充电器吗？
zh_reading: néng jiè wǒ yí ge chōngdiànqì ma?
en: Could I borrow a phone charger?
en_alt: Do you have a phone charger I could borrow?
ja: 充電器を貸していただけますか。
ja_reading: jūdenki o kashite itadakemasu ka.
ja_kana: じゅうでんき を かして いただけます か。
ko: 충전기 좀 빌릴 수 있을까요?
ko_reading: chungjeongi jom billil su isseulkkayo?
note: 客人常问的话。店里有共享充电宝的话，可以帮客人扫码租用；
+ 外国手机的插口不一定相同，先看看客人的手机是哪一种接口。
register: polite
tags: help guest

id: everyday-07-017
lesson: everyday-07
zh: 这里有免费Wi-Fi吗？
zh_reading: zhèlǐ yǒu miǎnfèi Wi-Fi ma?
en: Is there free Wi-Fi here?
en_alt: Do you have Wi-Fi?
ja: 無料Wi-Fiはありますか。
ja_reading: muryō Wi-Fi wa arimasu ka.
ja_kana: むりょう ワイファイ は あります か。
ko: 여기 무료 와이파이 있어요?
ko_reading: yeogi muryo waipai isseoyo?
note: 客人常问的话。Wi-Fi 英语读作 "WHY-fy"。客人接着多半会问
+ "What's the Wi-Fi password?"（Wi-Fi 密码是多少）。
register: neutral
tags: help internet guest

id: everyday-07-018
lesson: everyday-07
zh: Wi-Fi密码在这里。
zh_reading: Wi-Fi mìmǎ zài zhèlǐ.
en: Here's the Wi-Fi password.
en_alt: The Wi-Fi password is here.
ja: Wi-Fiのパスワードはこちらです。
ja_reading: Wi-Fi no pasuwādo wa kochira desu.
ja_kana: ワイファイ の パスワード は こちらです。
ko: 와이파이 비밀번호는 여기 있습니다.
ko_reading: waipai bimilbeonhoneun yeogi itseumnida.
note: 很多免费 Wi-Fi 要用手机号接收验证码才能登录，外国手机号常常收不到，
+ 最好给客人一个直接输密码就能连的网络，或者帮他连好。
register: neutral
tags: help internet

# ---- 第8课：委婉拒绝与道歉 ----

id: everyday-08-001
lesson: everyday-08
zh: 很抱歉，这个卖完了。
zh_reading: hěn bàoqiàn, zhège màiwán le.
en: I'm afraid that's sold out.
en_alt: I'm sorry, that's sold out.
ja: 申し訳ございません、こちらは売り切れです。
ja_reading: mōshiwake gozaimasen, kochira wa urikire desu.
ja_kana: もうしわけございません、 こちら は うりきれです。
ko: 죄송합니다만 그 상품은 품절입니다.
ko_reading: joesonghamnidaman geu sangpumeun pumjeorimnida.
note: "I'm afraid …" 是英语里委婉说"不"的常用开头，比直接说 "No." 柔和得多。
register: polite
tags: refusal shopping

id: everyday-08-002
lesson: everyday-08
zh: 不过我们有类似的，您要看看吗？
zh_reading: búguò wǒmen yǒu lèisì de, nín yào kànkan ma?
en: But we have something similar. Would you like to see it?
ja: ですが、似たものがございます。ご覧になりますか。
ja_reading: desu ga, nita mono ga gozaimasu. goran ni narimasu ka.
ja_kana: ですが、 にた もの が ございます。 ごらん に なります か。
ko: 대신 비슷한 상품이 있는데, 보시겠어요?
ko_reading: daesin biseutan sangpumi inneunde, bosigesseoyo?
note: 拒绝之后马上给出替代办法，客人就不会觉得被打发了。
register: polite
tags: refusal shopping

id: everyday-08-003
lesson: everyday-08
zh: 很抱歉，这里不能吸烟。
zh_reading: hěn bàoqiàn, zhèlǐ bù néng xīyān.
en: I'm sorry, but smoking isn't allowed in here.
en_alt: I'm sorry, this is a non-smoking area.
ja: 申し訳ございませんが、こちらは禁煙となっております。
ja_reading: mōshiwake gozaimasen ga, kochira wa kin'en to natte orimasu.
ja_kana: もうしわけございません が、 こちら は きんえん と なって おります。
ko: 죄송하지만 여기는 금연 구역입니다.
ko_reading: joesonghajiman yeogineun geumyeon guyeogimnida.
note: 《青岛市控制吸烟条例》禁止在室内公共场所吸烟。先道歉再说明，语气平和，接着告诉客人
+ 哪里可以吸烟；不要大喊 "No smoking!"。
register: polite
tags: refusal smoking
local: 室内公共场所禁止吸烟（《青岛市控制吸烟条例》）
local_source: 《青岛市控制吸烟条例》（青岛市人大常委会 2013 年 6 月 27 日通过，2013 年 9 月 1 日起施行）；条文号未按正式文本核对，不写

id: everyday-08-004
lesson: everyday-08
zh: 吸烟区在外面。
zh_reading: xīyānqū zài wàimiàn.
en: There's a smoking area outside.
en_alt: You can smoke outside.
ja: 喫煙所は外にございます。
ja_reading: kitsuenjo wa soto ni gozaimasu.
ja_kana: きつえんじょ は そと に ございます。
ko: 흡연 구역은 밖에 있습니다.
ko_reading: heubyeon guyeogeun bakke itseumnida.
note: 说的时候用手掌指一下方向，最好说清在哪个门外。
register: polite
tags: refusal smoking directions

id: everyday-08-005
lesson: everyday-08
zh: 很抱歉，这里不能拍照。
zh_reading: hěn bàoqiàn, zhèlǐ bù néng pāizhào.
en: I'm sorry, but photos aren't allowed in here.
en_alt: I'm sorry, no photos in here, please.
ja: 申し訳ございませんが、こちらでの撮影はご遠慮ください。
ja_reading: mōshiwake gozaimasen ga, kochira de no satsuei wa goenryo kudasai.
ja_kana: もうしわけございません が、 こちら で の さつえい は ごえんりょ ください。
ko: 죄송하지만 여기서는 사진 촬영이 안 됩니다.
ko_reading: joesonghajiman yeogiseoneun sajin chwaryeongi an doemnida.
note: 寺庙、博物馆的部分展厅以及军事等敏感场所常禁止拍照。提醒时语气平和，
+ 有告示牌就指给客人看；不要去抢客人的相机或手机。
register: polite
tags: refusal photo

id: everyday-08-006
lesson: everyday-08
zh: 这个我得先问一下经理。
zh_reading: zhège wǒ děi xiān wèn yíxià jīnglǐ.
en: I'll need to check with my manager.
en_alt: Let me check with my manager.
ja: 責任者に確認してまいります。
ja_reading: sekininsha ni kakunin shite mairimasu.
ja_kana: せきにんしゃ に かくにん して まいります。
ko: 매니저에게 확인해 보겠습니다.
ko_reading: maenijeoege hwaginhae bogetseumnida.
note: 自己做不了主时，不要当场拒绝，也不要随便答应；问清楚再给客人答复。
register: polite
tags: refusal

id: everyday-08-007
lesson: everyday-08
zh: 很抱歉，现在没有空位，大约要等二十分钟。
zh_reading: hěn bàoqiàn, xiànzài méiyǒu kòngwèi, dàyuē yào děng èrshí fēnzhōng.
en: I'm sorry, we're full at the moment. The wait is about twenty minutes.
en_alt: I'm sorry, all our tables are taken. It'll be about a twenty-minute wait.
ja: 申し訳ございません、ただいま満席です。20分ほどお待ちいただくことになりますが、よろしいですか。
ja_reading: mōshiwake gozaimasen, tadaima manseki desu. nijuppun hodo omachi itadaku koto ni narimasu ga, yoroshii desu ka.
ja_kana: もうしわけございません、 ただいま まんせきです。 にじゅっぷん ほど おまち いただく こと に なります が、 よろしいです か。
ko: 죄송합니다. 지금 자리가 다 찼습니다. 20분 정도 기다리셔야 하는데 괜찮으시겠어요?
ko_reading: joesonghamnida. jigeum jariga da chatseumnida. isip bun jeongdo gidarisyeoya haneunde gwaenchaneusigesseoyo?
note: 告诉客人大约要等多久，让客人自己决定等不等；可以登记名字和人数，到时候叫他。
register: polite
tags: refusal waiting restaurant

id: everyday-08-008
lesson: everyday-08
zh: 非常抱歉，这是我们的错。
zh_reading: fēicháng bàoqiàn, zhè shì wǒmen de cuò.
en: I'm very sorry. That was our mistake.
en_alt: I'm so sorry, that was our mistake.
ja: 大変申し訳ございません。こちらの手違いです。
ja_reading: taihen mōshiwake gozaimasen. kochira no techigai desu.
ja_kana: たいへん もうしわけございません。 こちら の てちがいです。
ko: 정말 죄송합니다. 저희 실수입니다.
ko_reading: jeongmal joesonghamnida. jeohui silsuimnida.
note: 确实是我们的错就爽快承认，不要找借口，也不要推给同事或别的部门。
register: formal
tags: apology complaint

id: everyday-08-009
lesson: everyday-08
zh: 我马上为您处理。
zh_reading: wǒ mǎshàng wèi nín chǔlǐ.
en: I'll take care of it right away.
en_alt: I'll sort it out right away.
ja: すぐに対応いたします。
ja_reading: sugu ni taiō itashimasu.
ja_kana: すぐ に たいおういたします。
ko: 바로 처리해 드리겠습니다.
ko_reading: baro cheorihae deurigetseumnida.
note: 道歉之后紧接着说怎么解决。"sort it out" 是英式口语，也很常用。
register: polite
tags: apology complaint

id: everyday-08-010
lesson: everyday-08
zh: 我明白，我看看能怎么帮您。
zh_reading: wǒ míngbai, wǒ kànkan néng zěnme bāng nín.
en: I understand. Let me see what I can do.
ja: おっしゃることはよくわかります。何かできることがないか確認いたします。
ja_reading: ossharu koto wa yoku wakarimasu. nanika dekiru koto ga nai ka kakunin itashimasu.
ja_kana: おっしゃる こと は よく わかります。 なに か できる こと が ない か かくにんいたします。
ko: 무슨 말씀인지 잘 알겠습니다. 어떻게 해 드릴 수 있는지 알아보겠습니다.
ko_reading: museun malsseuminji jal algetseumnida. eotteoke hae deuril su inneunji arabogetseumnida.
note: 客人投诉时，先耐心听完，不打断、不争辩，再说这句。处理投诉的顺序：
+ 听 → 道歉 → 行动 → 事后再确认一次客人是否满意。
register: polite
tags: complaint

id: everyday-08-011
lesson: everyday-08
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
note: 客人指出问题时先道谢，表示我们重视他的意见，而不是嫌他麻烦。
register: polite
tags: complaint thanks

id: everyday-08-012
lesson: everyday-08
zh: 很抱歉，我们店里没有这个，隔壁的便利店可能有。
zh_reading: hěn bàoqiàn, wǒmen diàn li méiyǒu zhège, gébì de biànlìdiàn kěnéng yǒu.
en: I'm sorry, we don't sell that, but the convenience store next door might have it.
ja: 申し訳ございません、こちらでは扱っておりません。隣のコンビニにあるかもしれません。
ja_reading: mōshiwake gozaimasen, kochira de wa atsukatte orimasen. tonari no konbini ni aru kamo shiremasen.
ja_kana: もうしわけございません、 こちら で は あつかって おりません。 となり の コンビニ に ある かも しれません。
ko: 죄송하지만 저희 가게에는 없습니다. 옆 편의점에 있을지도 모릅니다.
ko_reading: joesonghajiman jeohui gageeneun eopseumnida. yeop pyeonuijeome isseuljido moreumnida.
note: 自己帮不上忙时，告诉客人哪里能找到，比一句 "No." 有用得多。
register: polite
tags: refusal shopping directions

id: everyday-08-013
lesson: everyday-08
zh: 很抱歉，这已经是最低价了。
zh_reading: hěn bàoqiàn, zhè yǐjīng shì zuì dī jià le.
en: I'm sorry, but this is already our best price.
ja: 申し訳ございません、こちらが精一杯のお値段です。
ja_reading: mōshiwake gozaimasen, kochira ga seiippai no onedan desu.
ja_kana: もうしわけございません、 こちら が せいいっぱい の おねだんです。
ko: 죄송하지만 이미 최대한 할인된 가격입니다.
ko_reading: joesonghajiman imi choedaehan harindoen gagyeogimnida.
note: 客人还价而你不能再便宜时，微笑说明即可，不要露出不耐烦。
+ "our best price" 就是"我们能给的最低价"。
register: polite
tags: refusal price shopping

id: everyday-08-014
lesson: everyday-08
zh: 很抱歉，这个不能退款，不过可以换货。
zh_reading: hěn bàoqiàn, zhège bù néng tuìkuǎn, búguò kěyǐ huàn huò.
en: I'm afraid we can't give a refund, but we can exchange it for you.
en_alt: I'm sorry, we can't refund it, but we can exchange it.
ja: 申し訳ございませんが、返金はいたしかねます。交換でしたら承ります。
ja_reading: mōshiwake gozaimasen ga, henkin wa itashikanemasu. kōkan deshitara uketamawarimasu.
ja_kana: もうしわけございません が、 へんきん は いたしかねます。 こうかんでしたら うけたまわります。
ko: 죄송하지만 환불은 어렵고, 교환은 가능합니다.
ko_reading: joesonghajiman hwanbureun eoryeopgo, gyohwaneun ganeunghamnida.
note: 委婉拒绝的公式：道歉 + 简短的原因 + 替代办法。不要只丢下一句 "It's our policy."。
register: polite
tags: refusal shopping

id: everyday-08-015
lesson: everyday-08
zh: 很抱歉给您带来不便。
zh_reading: hěn bàoqiàn gěi nín dàilái búbiàn.
en: I'm sorry for the inconvenience.
en_alt: We apologize for the inconvenience.
ja: ご迷惑をおかけして申し訳ございません。
ja_reading: gomeiwaku o okake shite mōshiwake gozaimasen.
ja_kana: ごめいわく を おかけ して もうしわけございません。
ko: 불편을 드려 죄송합니다.
ko_reading: bulpyeoneul deuryeo joesonghamnida.
note: 道歉之后马上说明你会怎么解决，例如 "Let me fix that for you right away."。
register: formal
tags: apology

id: everyday-08-016
lesson: everyday-08
zh: 我们会注意，不会再发生这种事。
zh_reading: wǒmen huì zhùyì, bú huì zài fāshēng zhè zhǒng shì.
en: We'll make sure this doesn't happen again.
ja: 今後このようなことのないよう、十分に注意いたします。
ja_reading: kongo kono yō na koto no nai yō, jūbun ni chūi itashimasu.
ja_kana: こんご この ような こと の ない よう、 じゅうぶん に ちゅういいたします。
ko: 앞으로 이런 일이 없도록 주의하겠습니다.
ko_reading: apeuro ireon iri eopdorok juuihagetseumnida.
note: 处理完投诉、客人情绪平复后说。只承诺做得到的事。
register: formal
tags: apology complaint

# ---- 第9课：紧急情况 ----

id: everyday-09-001
lesson: everyday-09
zh: 您没事吧？受伤了吗？
zh_reading: nín méi shì ba? shòushāng le ma?
en: Are you all right? Are you hurt?
en_alt: Are you OK? Are you hurt?
ja: 大丈夫ですか。おけがはありませんか。
ja_reading: daijōbu desu ka. okega wa arimasen ka.
ja_kana: だいじょうぶです か。 おけが は ありません か。
ko: 괜찮으세요? 다치신 데는 없으세요?
ko_reading: gwaenchaneuseyo? dachisin deneun eopseuseyo?
note: 客人摔倒或出了事故时先问这句。没有把握时不要随便搬动伤者。
register: polite
tags: emergency health

id: everyday-09-002
lesson: everyday-09
zh: 我马上叫救护车。
zh_reading: wǒ mǎshàng jiào jiùhùchē.
en: I'll call an ambulance right away.
ja: すぐに救急車を呼びます。
ja_reading: sugu ni kyūkyūsha o yobimasu.
ja_kana: すぐ に きゅうきゅうしゃ を よびます。
ko: 바로 구급차를 부르겠습니다.
ko_reading: baro gugeupchareul bureugetseumnida.
note: 在中国叫救护车打120。情况危急时先打电话，再安慰客人。
register: polite
tags: emergency ambulance

id: everyday-09-003
lesson: everyday-09
zh: 在中国，叫救护车打120。
zh_reading: zài Zhōngguó, jiào jiùhùchē dǎ yāo èr líng.
en: In China, the number for an ambulance is 120.
en_alt: In China, call 120 for an ambulance.
ja: 中国では、救急車は120番です。
ja_reading: Chūgoku de wa, kyūkyūsha wa hyakunijū-ban desu.
ja_kana: ちゅうごく で は、 きゅうきゅうしゃ は ひゃくにじゅうばんです。
ko: 중국에서는 구급차를 부를 때 120번으로 전화합니다.
ko_reading: junggugeseoneun gugeupchareul bureul ttae irigong beoneuro jeonhwahamnida.
note: 日本和韩国的119同时管火警和急救，日韩客人情急之下可能拨119。
+ 在中国，119是火警，急救要打120。拨打110、119、120、122都免费。
register: neutral
tags: emergency ambulance

id: everyday-09-004
lesson: everyday-09
zh: 报警请打110。
zh_reading: bàojǐng qǐng dǎ yāo yāo líng.
en: To call the police, dial 110.
en_alt: Call 110 for the police.
ja: 警察は110番です。
ja_reading: keisatsu wa hyakutō-ban desu.
ja_kana: けいさつ は ひゃくとおばんです。
ko: 경찰 신고는 110번입니다.
ko_reading: gyeongchal singoneun irilgong beonimnida.
note: 韩国的报警电话是112，韩国客人可能不知道中国是110。
+ 不方便说话时，也可以发短信到12110报警。
register: neutral
tags: emergency police

id: everyday-09-005
lesson: everyday-09
zh: 火警电话是119。
zh_reading: huǒjǐng diànhuà shì yāo yāo jiǔ.
en: For a fire, call 119.
en_alt: The fire service number is 119.
ja: 火事の場合は119番です。
ja_reading: kaji no baai wa hyakujūkyū-ban desu.
ja_kana: かじ の ばあい は ひゃくじゅうきゅうばんです。
ko: 화재 신고는 119번입니다.
ko_reading: hwajae singoneun irilgu beonimnida.
note: 英语说 "fire service" 或 "fire department"（美式），"fire brigade" 是英式说法。
register: neutral
tags: emergency fire

id: everyday-09-006
lesson: everyday-09
zh: 交通事故请打122。
zh_reading: jiāotōng shìgù qǐng dǎ yāo èr èr.
en: For a traffic accident, call 122.
en_alt: Call 122 to report a traffic accident.
ja: 交通事故は122番です。
ja_reading: kōtsū jiko wa hyakunijūni-ban desu.
ja_kana: こうつう じこ は ひゃくにじゅうにばんです。
ko: 교통사고는 122번으로 신고하세요.
ko_reading: gyotongsagoneun irii beoneuro singohaseyo.
note: 有人受伤时先打120，再打122或110报告事故。
register: neutral
tags: emergency police traffic

id: everyday-09-007
lesson: everyday-09
zh: 我帮您报警。
zh_reading: wǒ bāng nín bàojǐng.
en: I'll call the police for you.
ja: 警察に通報します。
ja_reading: keisatsu ni tsūhō shimasu.
ja_kana: けいさつ に つうほう します。
ko: 경찰에 신고해 드리겠습니다.
ko_reading: gyeongchare singohae deurigetseumnida.
note: 接线员不一定会说外语，你用中文替客人报警最快。
register: polite
tags: emergency police

id: everyday-09-008
lesson: everyday-09
zh: 我来打电话，请告诉我发生了什么。
zh_reading: wǒ lái dǎ diànhuà, qǐng gàosu wǒ fāshēng le shénme.
en: I'll make the call for you. Please tell me what happened.
ja: 私が電話しますので、何があったか教えてください。
ja_reading: watashi ga denwa shimasu node, nani ga atta ka oshiete kudasai.
ja_kana: わたし が でんわ します ので、 なに が あった か おしえて ください。
ko: 제가 전화할 테니 무슨 일이 있었는지 말씀해 주세요.
ko_reading: jega jeonhwahal teni museun iri isseonneunji malsseumhae juseyo.
note: 打紧急电话时要说清三件事：在哪里（详细地址或明显地标）、发生了什么、你的联系电话。
register: polite
tags: emergency

id: everyday-09-009
lesson: everyday-09
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
note: 语气要平静、肯定，让伤者安心；在救护车到来之前陪在旁边。
register: polite
tags: emergency ambulance

id: everyday-09-010
lesson: everyday-09
zh: 救命啊！
zh_reading: jiùmìng a!
en: Help!
ja: 助けて！
ja_reading: tasukete!
ja_kana: たすけて！
ko: 도와주세요!
ko_reading: dowajuseyo!
note: 客人可能喊的话。听到有人喊 "Help!" 就是在求救，要马上过去看看或报警。
register: neutral
tags: emergency guest

id: everyday-09-011
lesson: everyday-09
zh: 着火了！
zh_reading: zháohuǒ le!
en: Fire!
ja: 火事だ！
ja_reading: kaji da!
ja_kana: かじだ！
ko: 불이야!
ko_reading: buriya!
note: 客人可能喊的话。听到 "Fire!" 要马上提醒周围的人离开，并拨打119。
register: neutral
tags: emergency fire guest

id: everyday-09-012
lesson: everyday-09
zh: 请走楼梯，不要坐电梯。
zh_reading: qǐng zǒu lóutī, búyào zuò diàntī.
en: Please use the stairs, not the elevator.
en_alt: Please take the stairs. Don't use the lift.
ja: エレベーターは使わずに、階段をご利用ください。
ja_reading: erebētā wa tsukawazu ni, kaidan o goriyō kudasai.
ja_kana: エレベーター は つかわず に、 かいだん を ごりよう ください。
ko: 엘리베이터 말고 계단을 이용해 주세요.
ko_reading: ellibeiteo malgo gyedaneul iyonghae juseyo.
note: 发生火灾时说。紧急时句子要短、声音要清楚。
register: neutral
tags: emergency fire

id: everyday-09-013
lesson: everyday-09
zh: 请跟我来，从这边出去。
zh_reading: qǐng gēn wǒ lái, cóng zhèbiān chūqu.
en: Please follow me. This way out.
en_alt: Please follow me to the exit.
ja: 私についてきてください。出口はこちらです。
ja_reading: watashi ni tsuite kite kudasai. deguchi wa kochira desu.
ja_kana: わたし に ついて きて ください。 でぐち は こちらです。
ko: 저를 따라오세요. 출구는 이쪽입니다.
ko_reading: jeoreul ttaraoseyo. chulguneun ijjogimnida.
note: 疏散时边说边用手势指出口方向，留意行动不便的客人、老人和孩子。
register: neutral
tags: emergency

id: everyday-09-014
lesson: everyday-09
zh: 我迷路了。
zh_reading: wǒ mílù le.
en: I'm lost.
en_alt: I think I'm lost.
ja: 道に迷ってしまいました。
ja_reading: michi ni mayotte shimaimashita.
ja_kana: みち に まよって しまいました。
ko: 길을 잃었어요.
ko_reading: gireul ireosseoyo.
note: 客人常说的话。先让客人放心，再问他要去哪里、住在哪里。
register: neutral
tags: emergency lost guest

id: everyday-09-015
lesson: everyday-09
zh: 您住在哪家酒店？
zh_reading: nín zhù zài nǎ jiā jiǔdiàn?
en: Which hotel are you staying at?
en_alt: Where are you staying?
ja: どちらのホテルにお泊まりですか。
ja_reading: dochira no hoteru ni otomari desu ka.
ja_kana: どちら の ホテル に おとまりです か。
ko: 어느 호텔에 묵고 계세요?
ko_reading: eoneu hotere mukgo gyeseyo?
note: 迷路的客人身上常带着酒店的房卡套或名片，上面有中文地址和电话，请他拿出来看看。
register: polite
tags: emergency lost

id: everyday-09-016
lesson: everyday-09
zh: 我的护照丢了。
zh_reading: wǒ de hùzhào diū le.
en: I've lost my passport.
en_alt: My passport is missing.
ja: パスポートをなくしてしまいました。
ja_reading: pasupōto o nakushite shimaimashita.
ja_kana: パスポート を なくして しまいました。
ko: 여권을 잃어버렸어요.
ko_reading: yeogwoneul ireobeoryeosseoyo.
note: 客人可能说的话。先帮客人回想最后在哪里用过，再指引他报警。
register: neutral
tags: emergency lost guest

id: everyday-09-017
lesson: everyday-09
zh: 请先去公安局报失，再联系您国家的大使馆或领事馆。
zh_reading: qǐng xiān qù gōng'ānjú bàoshī, zài liánxì nín guójiā de dàshǐguǎn huò lǐngshìguǎn.
en: Please report it to the police first, then contact your embassy or consulate.
ja: まず警察に届け出て、それから大使館か領事館にご連絡ください。
ja_reading: mazu keisatsu ni todokedete, sorekara taishikan ka ryōjikan ni gorenraku kudasai.
ja_kana: まず けいさつ に とどけでて、 それから たいしかん か りょうじかん に ごれんらく ください。
ko: 먼저 경찰서에 신고하시고, 대사관이나 영사관에 연락하세요.
ko_reading: meonjeo gyeongchalseoe singohasigo, daesagwanina yeongsagwane yeollakaseyo.
note: 外国人丢了护照，一般先到当地公安机关（出入境管理部门）报失、取得证明，
+ 再到本国驻华使领馆补办证件，之后还要回公安机关办理签证手续。
+ 可以帮客人查最近的出入境接待地点，或者帮他拨打110。
register: polite
tags: emergency lost police
local: 外国人护照报失：当地公安机关的出入境管理部门（名称、地址按青岛市公安局公布的为准）；在青岛设总领事馆的国家（如韩国、日本）
local_source: 青岛市公安局 外国人证件报失办事指南（未核对）；中华人民共和国外交部 外国驻华使领馆名录；在青岛日本国总领事馆网站（https://www.qingdao.cn.emb-japan.go.jp/）；驻青岛大韩民国总领事馆

id: everyday-09-018
lesson: everyday-09
zh: 我的钱包被偷了。
zh_reading: wǒ de qiánbāo bèi tōu le.
en: My wallet has been stolen.
en_alt: Someone stole my wallet.
ja: 財布を盗まれました。
ja_reading: saifu o nusumaremashita.
ja_kana: さいふ を ぬすまれました。
ko: 지갑을 도둑맞았어요.
ko_reading: jigabeul dodungmajasseoyo.
note: 客人可能说的话。女士常说 "purse"（英式指钱包，美式指手提包），都要问清楚丢了什么。
register: neutral
tags: emergency police guest

id: everyday-09-019
lesson: everyday-09
zh: 我找不到我的孩子了。
zh_reading: wǒ zhǎo bu dào wǒ de háizi le.
en: I can't find my child.
ja: 子どもが見当たらないんです。
ja_reading: kodomo ga miataranai n desu.
ja_kana: こども が みあたらない んです。
ko: 아이가 안 보여요.
ko_reading: aiga an boyeoyo.
note: 客人可能说的话。马上问孩子的年龄、衣着和最后看到的地方，通知保安或拨打110，
+ 请家长留在原地或和工作人员一起找。
register: neutral
tags: emergency lost guest

# ---- 第10课：身体不适与就医 ----

id: everyday-10-001
lesson: everyday-10
zh: 您不舒服吗？
zh_reading: nín bù shūfu ma?
en: Are you feeling unwell?
en_alt: Are you feeling all right?
en_alt: Are you OK?
ja: ご気分が優れませんか。
ja_reading: gokibun ga suguremasen ka.
ja_kana: ごきぶん が すぐれません か。
ko: 몸이 안 좋으세요?
ko_reading: momi an joeuseyo?
note: 客人脸色不好、坐着不动或捂着肚子时，上前轻声问，不要当众大声嚷。
register: polite
tags: health

id: everyday-10-002
lesson: everyday-10
zh: 哪里疼？
zh_reading: nǎlǐ téng?
en: Where does it hurt?
ja: どこが痛みますか。
ja_reading: doko ga itamimasu ka.
ja_kana: どこ が いたみます か。
ko: 어디가 아프세요?
ko_reading: eodiga apeuseyo?
note: 客人说不清时，可以请他用手指一下疼的地方。
register: polite
tags: health

id: everyday-10-003
lesson: everyday-10
zh: 我头疼。
zh_reading: wǒ tóuténg.
en: I have a headache.
en_alt: I've got a headache.
ja: 頭が痛いです。
ja_reading: atama ga itai desu.
ja_kana: あたま が いたいです。
ko: 머리가 아파요.
ko_reading: meoriga apayo.
note: 客人可能说的话。"-ache" 结尾的词都是"……疼"：toothache 牙疼，stomachache 肚子疼，backache 背疼。
register: neutral
tags: health guest

id: everyday-10-004
lesson: everyday-10
zh: 我发烧了。
zh_reading: wǒ fāshāo le.
en: I have a fever.
en_alt: I've got a temperature.
ja: 熱があります。
ja_reading: netsu ga arimasu.
ja_kana: ねつ が あります。
ko: 열이 나요.
ko_reading: yeori nayo.
note: 客人可能说的话。英国人常说 "I've got a temperature."，意思也是发烧，不是问温度。
register: neutral
tags: health guest

id: everyday-10-005
lesson: everyday-10
zh: 我肚子疼。
zh_reading: wǒ dùzi téng.
en: I have a stomachache.
en_alt: My stomach hurts.
ja: お腹が痛いです。
ja_reading: onaka ga itai desu.
ja_kana: おなか が いたいです。
ko: 배가 아파요.
ko_reading: baega apayo.
note: 客人可能说的话。如果客人还说 "I've been sick"，英式英语里往往是"吐了"。
register: neutral
tags: health guest

id: everyday-10-006
lesson: everyday-10
zh: 我头晕。
zh_reading: wǒ tóuyūn.
en: I feel dizzy.
ja: めまいがします。
ja_reading: memai ga shimasu.
ja_kana: めまい が します。
ko: 어지러워요.
ko_reading: eojireowoyo.
note: 客人可能说的话。先扶客人坐下，别让他站着或自己走动，以免摔倒。
register: neutral
tags: health guest

id: everyday-10-007
lesson: everyday-10
zh: 请坐下休息一会儿。
zh_reading: qǐng zuòxia xiūxi yíhuìr.
en: Please sit down and rest for a moment.
en_alt: Why don't you sit down and rest for a bit?
ja: こちらにおかけになって、少しお休みください。
ja_reading: kochira ni okake ni natte, sukoshi oyasumi kudasai.
ja_kana: こちら に おかけ に なって、 すこし おやすみ ください。
ko: 여기 앉아서 잠깐 쉬세요.
ko_reading: yeogi anjaseo jamkkan swiseyo.
note: 一边说一边把椅子拿过来，用手掌示意。
register: polite
tags: health

id: everyday-10-008
lesson: everyday-10
zh: 附近有一家药店。
zh_reading: fùjìn yǒu yì jiā yàodiàn.
en: There's a pharmacy nearby.
en_alt: There's a drugstore nearby.
en_alt: There's a chemist's nearby.
ja: 近くに薬局があります。
ja_reading: chikaku ni yakkyoku ga arimasu.
ja_kana: ちかく に やっきょく が あります。
ko: 근처에 약국이 있습니다.
ko_reading: geuncheoe yakgugi itseumnida.
note: 美国人说 pharmacy 或 drugstore，英国人说 chemist's 或 pharmacy，都是药店。
+ 最好再说清怎么走，或者把药店名称写给客人。
register: neutral
tags: health pharmacy directions

id: everyday-10-009
lesson: everyday-10
zh: 您对什么药过敏吗？
zh_reading: nín duì shénme yào guòmǐn ma?
en: Are you allergic to any medicines?
en_alt: Do you have any drug allergies?
ja: 何かお薬のアレルギーはありますか。
ja_reading: nanika okusuri no arerugī wa arimasu ka.
ja_kana: なに か おくすり の アレルギー は あります か。
ko: 약 알레르기 있으세요?
ko_reading: yak allereugi isseuseyo?
note: 药店和诊所卖药、开药前一定要问。英语里 drug 在医药场合就是"药"，不一定是毒品。
register: polite
tags: health pharmacy allergy

id: everyday-10-010
lesson: everyday-10
zh: 我对青霉素过敏。
zh_reading: wǒ duì qīngméisù guòmǐn.
en: I'm allergic to penicillin.
ja: ペニシリンにアレルギーがあります。
ja_reading: penishirin ni arerugī ga arimasu.
ja_kana: ペニシリン に アレルギー が あります。
ko: 페니실린 알레르기가 있어요.
ko_reading: penisillin allereugiga isseoyo.
note: 客人可能说的话。听到 "allergic to …" 就把过敏的东西写下来，转告医生或药剂师。
register: neutral
tags: health allergy guest

id: everyday-10-011
lesson: everyday-10
zh: 我得去看医生。
zh_reading: wǒ děi qù kàn yīshēng.
en: I need to see a doctor.
ja: 医者に診てもらいたいのですが。
ja_reading: isha ni mite moraitai no desu ga.
ja_kana: いしゃ に みてもらいたい のです が。
ko: 병원에 가 봐야겠어요.
ko_reading: byeongwone ga bwayagesseoyo.
note: 客人可能说的话。问清楚是否紧急：紧急就打120，不紧急就告诉他最近的医院怎么走。
register: neutral
tags: health hospital guest

id: everyday-10-012
lesson: everyday-10
zh: 最近的医院有国际医疗部。
zh_reading: zuì jìn de yīyuàn yǒu guójì yīliáobù.
en: The nearest hospital has an international clinic.
en_alt: The nearest hospital has an international department.
ja: 一番近い病院には国際診療部があります。
ja_reading: ichiban chikai byōin ni wa kokusai shinryōbu ga arimasu.
ja_kana: いちばん ちかい びょういん に は こくさい しんりょうぶ が あります。
ko: 가장 가까운 병원에 국제진료센터가 있습니다.
ko_reading: gajang gakkaun byeongwone gukjejillyosenteoga itseumnida.
note: 不少大医院设有国际医疗部，有会说外语的医生，但费用通常比普通门诊高，可以先告诉客人。
register: neutral
tags: health hospital
local: 青岛设国际医疗部的医院：按所在位置填写
local_source: 青岛市卫生健康委员会 医疗机构信息

id: everyday-10-013
lesson: everyday-10
zh: 要我陪您去医院吗？
zh_reading: yào wǒ péi nín qù yīyuàn ma?
en: Would you like me to go to the hospital with you?
en_alt: Shall I go to the hospital with you?
ja: 病院までご一緒しましょうか。
ja_reading: byōin made goissho shimashō ka.
ja_kana: びょういん まで ごいっしょ しましょう か。
ko: 병원까지 같이 가 드릴까요?
ko_reading: byeongwonkkaji gachi ga deurilkkayo?
note: 国内医院挂号、缴费、取药的流程外国客人不熟悉，有人陪着会安心很多。
register: polite
tags: health hospital help

id: everyday-10-014
lesson: everyday-10
zh: 去医院请带上护照。
zh_reading: qù yīyuàn qǐng dàishang hùzhào.
en: Please take your passport with you to the hospital.
en_alt: Please bring your passport to the hospital.
ja: 病院にはパスポートをお持ちください。
ja_reading: byōin ni wa pasupōto o omochi kudasai.
ja_kana: びょういん に は パスポート を おもち ください。
ko: 병원에 가실 때 여권을 꼭 가져가세요.
ko_reading: byeongwone gasil ttae yeogwoneul kkok gajyeogaseyo.
note: 外国人在医院挂号、建病历一般要出示护照。
register: polite
tags: health hospital

id: everyday-10-015
lesson: everyday-10
zh: 这个药一天吃三次，饭后吃。
zh_reading: zhège yào yì tiān chī sān cì, fàn hòu chī.
en: Take this three times a day, after meals.
en_alt: Take this medicine three times a day after meals.
ja: このお薬は1日3回、食後に飲んでください。
ja_reading: kono okusuri wa ichinichi sankai, shokugo ni nonde kudasai.
ja_kana: この おくすり は いちにち さんかい、 しょくご に のんで ください。
ko: 이 약은 하루 세 번, 식후에 드세요.
ko_reading: i yageun haru se beon, sikue deuseyo.
note: 英语说 "take" 药，不说 "eat" 药。把用法写在药盒上给客人最保险。
register: neutral
tags: health pharmacy

id: everyday-10-016
lesson: everyday-10
zh: 药剂师可以帮您推荐合适的药。
zh_reading: yàojìshī kěyǐ bāng nín tuījiàn héshì de yào.
en: The pharmacist can recommend something for you.
ja: 薬剤師がお客様に合うお薬をご案内します。
ja_reading: yakuzaishi ga okyakusama ni au okusuri o goannai shimasu.
ja_kana: やくざいし が おきゃくさま に あう おくすり を ごあんない します。
ko: 약사가 맞는 약을 추천해 드릴 거예요.
ko_reading: yaksaga manneun yageul chucheonhae deuril geoyeyo.
note: 不是医生、药剂师就不要自己给客人推荐药，更不要把自己的药给客人吃。
register: neutral
tags: health pharmacy

id: everyday-10-017
lesson: everyday-10
zh: 我怀孕了。
zh_reading: wǒ huáiyùn le.
en: I'm pregnant.
ja: 妊娠しています。
ja_reading: ninshin shite imasu.
ja_kana: にんしん して います。
ko: 임신 중이에요.
ko_reading: imsin jungieyo.
note: 客人可能说的话，多半是在买药或看病时提醒你。一定要转告药剂师或医生，很多药孕妇不能用。
register: neutral
tags: health pharmacy guest

# ---- 第11课：饮食需求 ----

id: everyday-11-001
lesson: everyday-11
zh: 请问您有什么忌口吗？
zh_reading: qǐngwèn nín yǒu shénme jìkǒu ma?
en: Is there anything you don't eat?
en_alt: Do you have any dietary requirements?
en_alt: Are there any foods you avoid?
ja: 召し上がれないものはございますか。
ja_reading: meshiagarenai mono wa gozaimasu ka.
ja_kana: めしあがれない もの は ございます か。
ko: 못 드시는 음식이 있으세요?
ko_alt: 못 드시는 음식이 있으신가요?
ko_reading: mot deusineun eumsigi isseuseyo?
note: 点菜前主动问一句，客人会觉得很贴心。只问吃什么、不吃什么，
+ 不要问 "What's your religion?"，也不要凭长相或衣着替客人做决定。
register: polite
tags: diet

id: everyday-11-002
lesson: everyday-11
zh: 您对什么食物过敏吗？
zh_reading: nín duì shénme shíwù guòmǐn ma?
en: Do you have any food allergies?
ja: 食べ物のアレルギーはございますか。
ja_reading: tabemono no arerugī wa gozaimasu ka.
ja_kana: たべもの の アレルギー は ございます か。
ko: 음식 알레르기가 있으세요?
ko_reading: eumsik allereugiga isseuseyo?
note: 过敏和"不爱吃"不一样，严重时会危及生命。客人说有过敏，一定要告诉厨房。
register: polite
tags: diet allergy

id: everyday-11-003
lesson: everyday-11
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
note: 客人常说的话。很多素食者吃蛋和奶，但不吃任何肉、鱼、海鲜，也不吃用肉汤做的菜；
+ 不确定就问 "Do you eat eggs and dairy?"（您吃蛋和奶制品吗）。
register: neutral
tags: diet vegetarian guest

id: everyday-11-004
lesson: everyday-11
zh: 我吃纯素，鸡蛋和奶制品也不吃。
zh_reading: wǒ chī chún sù, jīdàn hé nǎizhìpǐn yě bù chī.
en: I'm vegan, so no eggs or dairy either.
en_alt: I'm vegan. I don't eat eggs or dairy.
ja: ヴィーガンなので、卵や乳製品も食べません。
ja_reading: vīgan nanode, tamago ya nyūseihin mo tabemasen.
ja_kana: ヴィーガンな ので、 たまご や にゅうせいひん も たべません。
ko: 비건이라서 달걀이나 유제품도 안 먹어요.
ko_reading: bigeoniraseo dalgyarina yujepumdo an meogeoyo.
note: 客人常说的话。vegan（纯素）不吃任何动物来源的食物：肉、鱼、蛋、牛奶、黄油、奶酪都不吃，
+ 很多人连蜂蜜也不吃。
register: neutral
tags: diet vegetarian guest

id: everyday-11-005
lesson: everyday-11
zh: 这道菜里没有肉。
zh_reading: zhè dào cài li méiyǒu ròu.
en: There's no meat in this dish.
ja: この料理にはお肉は入っていません。
ja_reading: kono ryōri ni wa oniku wa haitte imasen.
ja_kana: この りょうり に は おにく は はいって いません。
ko: 이 요리에는 고기가 들어가지 않습니다.
ko_reading: i yorieneun gogiga deureogaji anseumnida.
note: 说之前先确认：有没有用肉汤、猪油、肉末、虾皮、鱼露或蚝油？这些对素食客人来说都不行。
register: neutral
tags: diet vegetarian

id: everyday-11-006
lesson: everyday-11
zh: 这道菜是用鸡汤做的。
zh_reading: zhè dào cài shì yòng jītāng zuò de.
en: This dish is made with chicken stock.
en_alt: This is cooked with chicken stock.
ja: この料理には鶏ガラスープを使っています。
ja_reading: kono ryōri ni wa torigara sūpu o tsukatte imasu.
ja_kana: この りょうり に は とりガラ スープ を つかって います。
ko: 이 요리는 닭 육수로 만듭니다.
ko_reading: i yorineun dak yuksuro mandeumnida.
note: 看上去是素菜（青菜、豆腐、汤面），用了肉汤也要告诉素食客人。
+ 炖菜、汤底用的汤英语叫 stock 或 broth。
register: neutral
tags: diet vegetarian

id: everyday-11-007
lesson: everyday-11
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
note: 客人常问的话。饺子、包子、肉丸、香肠里常有猪肉，没把握就去问厨房。
register: neutral
tags: diet pork guest

id: everyday-11-008
lesson: everyday-11
zh: 这道菜没有猪肉，也没有用猪油。
zh_reading: zhè dào cài méiyǒu zhūròu, yě méiyǒu yòng zhūyóu.
en: This dish has no pork in it, and it isn't cooked with lard.
en_alt: There's no pork or lard in this dish.
ja: こちらの料理には、豚肉もラードも使っておりません。
ja_reading: kochira no ryōri ni wa, butaniku mo rādo mo tsukatte orimasen.
ja_kana: こちら の りょうり に は、 ぶたにく も ラード も つかって おりません。
ko: 이 요리에는 돼지고기도, 돼지기름도 들어가지 않습니다.
ko_reading: i yorieneun dwaejigogido, dwaejigireumdo deureogaji anseumnida.
note: 不吃猪肉的客人（例如穆斯林、犹太教客人）也不吃猪油、猪骨汤和含猪成分的明胶。
+ 只有确认过才能这样说，不要随口说 "No pork."。
register: neutral
tags: diet pork halal

id: everyday-11-009
lesson: everyday-11
zh: 附近有一家清真餐厅。
zh_reading: fùjìn yǒu yì jiā qīngzhēn cāntīng.
en: There's a halal restaurant nearby.
ja: 近くにハラールのレストランがございます。
ja_reading: chikaku ni harāru no resutoran ga gozaimasu.
ja_kana: ちかく に ハラール の レストラン が ございます。
ko: 근처에 할랄 식당이 있습니다.
ko_reading: geuncheoe hallal sikdangi itseumnida.
note: 清真 = halal。"没有猪肉"不等于清真：清真的肉要按伊斯兰方式屠宰，菜里也不能有酒。
+ halal 英语读作 "ha-LAL"。
register: neutral
tags: diet halal directions

id: everyday-11-010
lesson: everyday-11
zh: 我不喝酒。
zh_reading: wǒ bù hē jiǔ.
en: I don't drink alcohol.
en_alt: I don't drink.
ja: お酒は飲みません。
ja_reading: osake wa nomimasen.
ja_kana: おさけ は のみません。
ko: 저는 술을 안 마셔요.
ko_reading: jeoneun sureul an masyeoyo.
note: 客人常说的话。客人说不喝酒就不要再劝，也不要问为什么，直接推荐茶、果汁或无酒精饮料。
register: neutral
tags: diet alcohol guest

id: everyday-11-011
lesson: everyday-11
zh: 我们也有无酒精饮料。
zh_reading: wǒmen yě yǒu wú jiǔjīng yǐnliào.
en: We also have non-alcoholic drinks.
en_alt: We have alcohol-free drinks, too.
ja: ノンアルコールの飲み物もございます。
ja_reading: non'arukōru no nomimono mo gozaimasu.
ja_kana: ノンアルコール の のみもの もございます。
ko: 무알코올 음료도 있습니다.
ko_reading: mualkool eumnyodo itseumnida.
note: "soft drinks" 指汽水、果汁等不含酒精的饮料，也可以这样说。
register: polite
tags: diet alcohol

id: everyday-11-012
lesson: everyday-11
zh: 这个酱汁里有料酒。
zh_reading: zhège jiàngzhī li yǒu liàojiǔ.
en: This sauce contains cooking wine.
en_alt: There's cooking wine in this sauce.
ja: このソースには料理酒が入っています。
ja_reading: kono sōsu ni wa ryōrishu ga haitte imasu.
ja_kana: この ソース に は りょうりしゅ が はいって います。
ko: 이 소스에는 요리용 술이 들어갑니다.
ko_reading: i soseueneun yoriyong suri deureogamnida.
note: 穆斯林客人和不喝酒的客人，菜里的料酒、黄酒、啤酒也不吃，点菜时要主动提醒。
register: neutral
tags: diet alcohol halal

id: everyday-11-013
lesson: everyday-11
zh: 我对花生过敏。
zh_reading: wǒ duì huāshēng guòmǐn.
en: I'm allergic to peanuts.
en_alt: I have a peanut allergy.
ja: ピーナッツアレルギーがあります。
ja_reading: pīnattsu arerugī ga arimasu.
ja_kana: ピーナッツ アレルギー が あります。
ko: 땅콩 알레르기가 있어요.
ko_reading: ttangkong allereugiga isseoyo.
note: 客人常说的话。花生过敏可能危及生命：不仅菜里不能放花生，
+ 花生油、含花生的酱料和沾过花生的锅铲餐具也不行，要清楚地转告厨房。
register: neutral
tags: diet allergy guest

id: everyday-11-014
lesson: everyday-11
zh: 我去问一下厨师。
zh_reading: wǒ qù wèn yíxià chúshī.
en: I'll check with the chef.
en_alt: Let me ask the chef.
ja: シェフに確認してまいります。
ja_reading: shefu ni kakunin shite mairimasu.
ja_kana: シェフ に かくにん して まいります。
ko: 주방에 확인해 보겠습니다.
ko_reading: jubange hwaginhae bogetseumnida.
note: 过敏和宗教饮食的问题，不确定时一定要问，不要猜。
register: polite
tags: diet

id: everyday-11-015
lesson: everyday-11
zh: 这道菜里有虾。
zh_reading: zhè dào cài li yǒu xiā.
en: This dish contains shrimp.
en_alt: There's shrimp in this dish.
en_alt: This dish has prawns in it.
ja: この料理にはエビが入っています。
ja_reading: kono ryōri ni wa ebi ga haitte imasu.
ja_kana: この りょうり に は エビ が はいって います。
ko: 이 요리에는 새우가 들어 있습니다.
ko_reading: i yorieneun saeuga deureo itseumnida.
note: 美国人说 shrimp，英国人常说 prawns。虾、蟹、贝类过敏叫 shellfish allergy，要特别提醒。
register: neutral
tags: diet allergy

id: everyday-11-016
lesson: everyday-11
zh: 辣吗？
zh_reading: là ma?
en: Is it spicy?
en_alt: Is this spicy?
ja: 辛いですか。
ja_reading: karai desu ka.
ja_kana: からいです か。
ko: 매워요?
ko_reading: maewoyo?
note: 客人常问的话。英语 hot 既可以是"烫"也可以是"辣"，客人问 "Is it hot?" 时要弄清他问的是哪个。
register: neutral
tags: diet guest

id: everyday-11-017
lesson: everyday-11
zh: 有一点辣，可以给您做成不辣的。
zh_reading: yǒu yìdiǎn là, kěyǐ gěi nín zuòchéng bú là de.
en: It's a little spicy, but we can make it without chili.
en_alt: It's a bit spicy, but we can make it mild.
ja: 少し辛いですが、辛くないようにお作りすることもできます。
ja_reading: sukoshi karai desu ga, karakunai yō ni otsukuri suru koto mo dekimasu.
ja_kana: すこし からいです が、 からくない よう に おつくり する こと も できます。
ko: 조금 매운데, 안 맵게 해 드릴 수도 있습니다.
ko_reading: jogeum maeunde, an maepge hae deuril sudo itseumnida.
note: 对外国客人说的"一点辣"最好按他们的口味来，宁可说得辣一些。mild 是"不太辣"，
+ not spicy 是"不辣"。
register: polite
tags: diet

id: everyday-11-018
lesson: everyday-11
zh: 可以不放葱和蒜。
zh_reading: kěyǐ bú fàng cōng hé suàn.
en: We can make it without spring onion or garlic.
en_alt: We can leave out the spring onion and garlic.
ja: ネギとニンニクを抜くこともできます。
ja_reading: negi to ninniku o nuku koto mo dekimasu.
ja_kana: ネギ と ニンニク を ぬく こと も できます。
ko: 파와 마늘은 빼 드릴 수 있습니다.
ko_reading: pawa maneureun ppae deuril su itseumnida.
note: 有些客人因为信仰（例如一些耆那教徒和佛教徒）或口味不吃葱、蒜。
+ 葱美国叫 green onion 或 scallion，英国叫 spring onion。
register: polite
tags: diet vegetarian

# ---- 第12课：闲聊与道别 ----

id: everyday-12-001
lesson: everyday-12
zh: 请问您是从哪里来的？
zh_reading: qǐngwèn nín shì cóng nǎlǐ lái de?
en: Where are you from?
en_alt: Where are you visiting from?
ja: どちらからいらっしゃいましたか。
ja_reading: dochira kara irasshaimashita ka.
ja_kana: どちら から いらっしゃいました か。
ko: 어디에서 오셨어요?
ko_reading: eodieseo osyeosseoyo?
note: 聊天时可以问，但不要凭长相猜国籍（比如把韩国客人当成日本人）。
+ 年龄、收入、婚姻、宗教这些私人话题不要问。
register: polite
tags: smalltalk

id: everyday-12-002
lesson: everyday-12
zh: 您是第一次来这里吗？
zh_reading: nín shì dì-yī cì lái zhèlǐ ma?
en: Is this your first time here?
en_alt: Is this your first visit?
ja: こちらは初めてですか。
ja_reading: kochira wa hajimete desu ka.
ja_kana: こちら は はじめてです か。
ko: 여기는 처음 오셨어요?
ko_reading: yeogineun cheoeum osyeosseoyo?
note: 很自然的开场白。客人说是第一次，可以顺便推荐一两个值得去的地方。
register: polite
tags: smalltalk

id: everyday-12-003
lesson: everyday-12
zh: 今天天气真好。
zh_reading: jīntiān tiānqì zhēn hǎo.
en: Lovely weather today, isn't it?
en_alt: It's a beautiful day today.
en_alt: Nice day today, isn't it?
ja: 今日はいいお天気ですね。
ja_reading: kyō wa ii otenki desu ne.
ja_kana: きょう は いい おてんきです ね。
ko: 오늘 날씨가 참 좋네요.
ko_reading: oneul nalssiga cham jonneyo.
note: 天气是最安全的闲聊话题，英国客人尤其喜欢聊天气。
register: neutral
tags: smalltalk weather

id: everyday-12-004
lesson: everyday-12
zh: 外面在下雨，要借把伞吗？
zh_reading: wàimiàn zài xià yǔ, yào jiè bǎ sǎn ma?
en: It's raining outside. Would you like to borrow an umbrella?
ja: 外は雨が降っています。傘をお貸ししましょうか。
ja_reading: soto wa ame ga futte imasu. kasa o okashi shimashō ka.
ja_kana: そと は あめ が ふって います。 かさ を おかし しましょう か。
ko: 밖에 비가 와요. 우산 빌려 드릴까요?
ko_reading: bakke biga wayo. usan billyeo deurilkkayo?
note: "borrow" 是客人向你借，"lend" 是你借给客人：也可以说 "Shall I lend you an umbrella?"。
register: polite
tags: smalltalk weather help

id: everyday-12-005
lesson: everyday-12
zh: 有机会尝尝本地的海鲜吧。
zh_reading: yǒu jīhuì chángchang běndì de hǎixiān ba.
en: You should try the local seafood while you're here.
en_alt: Do try the local seafood while you're here.
ja: せっかくですから、地元の海鮮をぜひ召し上がってみてください。
ja_reading: sekkaku desu kara, jimoto no kaisen o zehi meshiagatte mite kudasai.
ja_kana: せっかくです から、 じもと の かいせん を ぜひ めしあがって みて ください。
ko: 오신 김에 이 지역 해산물을 꼭 드셔 보세요.
ko_reading: osin gime i jiyeok haesanmureul kkok deusyeo boseyo.
note: 推荐吃的之前，可以先问问客人有没有忌口或过敏（见第11课）。
register: polite
tags: smalltalk food
local: 青岛的海鲜
local_source: 青岛市文化和旅游局 旅游资讯

id: everyday-12-006
lesson: everyday-12
zh: 这附近有什么好玩的地方？
zh_reading: zhè fùjìn yǒu shénme hǎowán de dìfang?
en: What's worth seeing around here?
en_alt: Is there anything to see around here?
en_alt: Can you recommend anywhere to visit?
ja: この近くでおすすめの場所はありますか。
ja_reading: kono chikaku de osusume no basho wa arimasu ka.
ja_kana: この ちかく で おすすめ の ばしょ は あります か。
ko: 이 근처에 가 볼 만한 곳이 있어요?
ko_reading: i geuncheoe ga bol manhan gosi isseoyo?
note: 客人常问的话。推荐一两个地方就够了，说清怎么去、大概要多久，最好把中文名写给客人。
register: neutral
tags: smalltalk guest

id: everyday-12-007
lesson: everyday-12
zh: 您的中文说得真好！
zh_reading: nín de Zhōngwén shuō de zhēn hǎo!
en: Your Chinese is really good!
ja: 中国語がお上手ですね。
ja_reading: chūgokugo ga ojōzu desu ne.
ja_kana: ちゅうごくご が おじょうずです ね。
ko: 중국어를 정말 잘하시네요.
ko_reading: junggugeoreul jeongmal jalhasineyo.
note: 客人用中文跟你说话时可以真诚地夸一句；接着放慢语速、用简单的中文继续说，
+ 往往比马上改说外语更让客人高兴。
register: polite
tags: smalltalk

id: everyday-12-008
lesson: everyday-12
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
note: 客人刚到、还要在本地待几天时说。客人要离开本市时改说 "Have a safe trip!"。
register: polite
tags: farewell

id: everyday-12-009
lesson: everyday-12
zh: 一路平安！
zh_reading: yílù píng'ān!
en: Have a safe trip!
en_alt: Have a safe journey!
en_alt: Safe travels!
ja: 道中お気をつけて。
ja_reading: dōchū oki o tsukete.
ja_kana: どうちゅう おき を つけて。
ko: 조심히 가세요.
ko_reading: josimhi gaseyo.
note: 客人要去机场、车站或码头，离开本市时说。
register: polite
tags: farewell

id: everyday-12-010
lesson: everyday-12
zh: 再见，欢迎再次光临！
zh_reading: zàijiàn, huānyíng zàicì guānglín!
en: Goodbye, and please come again!
en_alt: Goodbye! Please come again.
ja: ありがとうございました。またのお越しをお待ちしております。
ja_reading: arigatō gozaimashita. mata no okoshi o omachi shite orimasu.
ja_kana: ありがとうございました。 また の おこし を おまち して おります。
ko: 안녕히 가세요. 다음에 또 오세요.
ko_reading: annyeonghi gaseyo. daeume tto oseyo.
note: 日语送客时先道谢（「ありがとうございました」），一般不说「さようなら」。
+ 韩语送走客人说「안녕히 가세요」，自己离开时才说「안녕히 계세요」，不要说反。
register: polite
tags: farewell

id: everyday-12-011
lesson: everyday-12
zh: 祝您今天愉快！
zh_reading: zhù nín jīntiān yúkuài!
en: Have a nice day!
en_alt: Have a good day!
ja: よい一日をお過ごしください。
ja_reading: yoi ichinichi o osugoshi kudasai.
ja_kana: よい いちにち を おすごし ください。
ko: 좋은 하루 보내세요.
ko_reading: joeun haru bonaeseyo.
note: 客人离开时说。傍晚以后改说 "Have a nice evening!"。
register: polite
tags: farewell

id: everyday-12-012
lesson: everyday-12
zh: 谢谢光临。
zh_reading: xièxie guānglín.
en: Thank you for coming.
en_alt: Thanks for coming in.
ja: ご来店ありがとうございました。
ja_reading: goraiten arigatō gozaimashita.
ja_kana: ごらいてん ありがとうございました。
ko: 찾아 주셔서 감사합니다.
ko_reading: chaja jusyeoseo gamsahamnida.
note: 客人买没买东西都可以说，让客人走得愉快。
register: polite
tags: farewell thanks

id: everyday-12-013
lesson: everyday-12
zh: 希望很快再见到您。
zh_reading: xīwàng hěn kuài zài jiàndào nín.
en: We hope to see you again soon.
en_alt: Hope to see you again soon.
ja: またお会いできるのを楽しみにしております。
ja_reading: mata oai dekiru no o tanoshimi ni shite orimasu.
ja_kana: また おあいできる の を たのしみ に して おります。
ko: 또 뵙기를 바랍니다.
ko_reading: tto boepgireul baramnida.
note: 对常客或聊得愉快的客人说，比一句 "Bye." 更有人情味。
register: polite
tags: farewell

id: everyday-12-014
lesson: everyday-12
zh: 晚安。
zh_reading: wǎn'ān.
en: Good night.
ja: おやすみなさいませ。
ja_reading: oyasuminasaimase.
ja_kana: おやすみなさいませ。
ko: 안녕히 주무세요.
ko_reading: annyeonghi jumuseyo.
note: 只在晚上道别、客人要去休息时说；晚上见面打招呼要说 "Good evening"。
register: polite
tags: farewell

id: everyday-12-015
lesson: everyday-12
zh: 请带好您的随身物品。
zh_reading: qǐng dài hǎo nín de suíshēn wùpǐn.
en: Please make sure you have all your belongings.
en_alt: Please don't forget your things.
en_alt: Please make sure you have everything.
ja: お忘れ物のないよう、ご注意ください。
ja_reading: owasuremono no nai yō, gochūi kudasai.
ja_kana: おわすれもの の ない よう、 ごちゅうい ください。
ko: 두고 가시는 물건이 없는지 확인해 주세요.
ko_reading: dugo gasineun mulgeoni eomneunji hwaginhae juseyo.
note: 客人起身离开、下车时提醒。手机、护照、雨伞最容易落下。
register: polite
tags: farewell

id: everyday-12-016
lesson: everyday-12
zh: 路上小心！
zh_reading: lùshang xiǎoxīn!
en: Take care!
en_alt: Take care on your way!
ja: お気をつけて。
ja_reading: oki o tsukete.
ja_kana: おき を つけて。
ko: 조심히 가세요.
ko_reading: josimhi gaseyo.
note: 天黑、下雨或路滑时送客说。"Be careful!" 更像提醒眼前的危险，
+ 比如 "Be careful, the floor is wet."。
register: polite
tags: farewell

id: everyday-12-017
lesson: everyday-12
zh: 谢谢你的帮助！
zh_reading: xièxie nǐ de bāngzhù!
en: Thanks for your help!
en_alt: Thank you for all your help.
ja: いろいろありがとうございました。
ja_reading: iroiro arigatō gozaimashita.
ja_kana: いろいろ ありがとうございました。
ko: 도와주셔서 감사합니다.
ko_reading: dowajusyeoseo gamsahamnida.
note: 客人常说的话。回答 "My pleasure." 或 "You're welcome. Have a nice day!"。
register: neutral
tags: farewell thanks guest

%rec: Courtesy
%key: id

# ---- 第1课 ----

id: everyday-01-c01
lesson: everyday-01
region: global
situation: 您是男员工，在店门口迎接一位刚到的外国女客人。您想表示欢迎，应该怎么做？
option_a: 面带微笑、点头问候；如果客人先伸出手，再和她握手。
option_b: 马上伸手和她握手，握得用力一点，外国人觉得这样才显得热情。
option_c: 拍拍她的肩膀，表示欢迎。
answer: a
explanation: 有些穆斯林客人（也包括一些正统派犹太教客人）不和异性握手。
+ 等客人先伸手，否则微笑点头问候就很得体，对任何客人都不会失礼。
+ 握手时不要太用力；拍肩膀这类身体接触也会让很多客人不舒服。
reference: https://www.allabouturkiye.com/about-turkiye/turkish-culture-traditional/greetings/
reference: http://bodylanguagelady.blogspot.com/2011/12/handshake-rules-and-etiquette-in-north.html
reference: https://countrynavigator.com/blog/global-talent/greetings/
reference: https://en.wikipedia.org/wiki/Bowing_in_Japan
reference: http://www.smh.com.au/news/opinion/greeting-with-hands-is-no-great-shakes/2007/07/11/1183833598456.html
tags: greeting handshake

id: everyday-01-c02
lesson: everyday-01
region: global
situation: 一位客人在登记单上写的名字是 "John Smith"。您要用英语称呼他，哪一种最合适？
option_a: "John!"
option_b: "Mr. John"
option_c: "Mr. Smith"
option_d: "Hey, Smith!"
answer: c
explanation: John 是名，Smith 是姓。英语里礼貌的称呼是 Mr. 或 Ms. 加姓；
+ 客人没有请您叫他的名字之前，不要直呼其名，有些文化会觉得失礼。
+ "Mr. John" 是常见错误。称呼女士又不清楚她是否已婚时，用 Ms.。
+ 另外注意：中文、日语、韩语和匈牙利语的名字是姓在前。
reference: https://www.wintranslation.com/cross-cultural-naming-conventions/
reference: https://www.w3.org/International/questions/qa-personal-names
tags: address names

id: everyday-01-c03
lesson: everyday-01
region: TH
situation: 一位泰国客人走进您的店，双手合十、微微低头向您致意。作为店员，哪种回应最稳妥？
option_a: 照着样子双手合十，而且弯腰弯得比客人更低，越低越显得尊重和热情。
option_b: 不做反应，等客人开口再说。
option_c: 上前和客人握手。
option_d: 微笑着轻轻回一个合十礼，说一句 "Hello, welcome!"。
answer: d
explanation: 合十礼（wai）是泰国人的问候方式。客人真诚地向您合十，习惯上要回礼：双手在胸前轻轻合十、
+ 微笑，再加一句热情的问候，就是得体的回应。回礼不必比客人更低，弯腰太低反而让客人不自在；
+ 主动握手、毫无反应都不如轻轻回礼自然。
reference: https://en.wikipedia.org/wiki/Wai_(gesture)
tags: greeting

id: everyday-01-c04
lesson: everyday-01
region: ES MX
situation: 一位墨西哥女士的预订单上写着 "María García López"。您要用英语称呼她，哪一种最合适？
option_a: "Ms. López"
option_b: "Ms. García"
option_c: "Ms. María"
option_d: "María"
answer: b
explanation: 很多说西班牙语的人有两个姓：第一个来自父亲，第二个来自母亲。
+ 称呼时用第一个姓（García），也可以两个姓一起用；只用最后一个姓是常见错误。
+ "Ms." 后面要跟姓，不跟名；没有得到邀请时也不要直呼其名。
reference: https://www.wintranslation.com/cross-cultural-naming-conventions/
reference: https://www.w3.org/International/questions/qa-personal-names
tags: address names

# ---- 第2课 ----

id: everyday-02-c01
lesson: everyday-02
region: global
situation: 柜台前很忙。您正在为一位客人办事，这时又有两位客人先后来到柜台前等候。
+ 您应该怎么做？
option_a: 先不理他们，办完手上的事再说。
option_b: 请等候的客人自己去别的柜台。
option_c: 先接待看起来最着急的那位，让正在办理的客人等一等，反正他的事也不急。
option_d: 对等候的客人微笑示意马上就来，然后按到达的先后顺序接待。
answer: d
explanation: 在英国、加拿大、日本等很多地方，人们非常看重按先后顺序排队，
+ 插队会让人很反感。按到达顺序接待，同时让等候的客人知道您已经看到他们（"I'll be with you ina
+ moment."），大家就能安心等待。很多文化也让老人、残障人士和带小孩的家长优先，
+ 可以视情况照顾；但让正在办理的客人停下来，先接待自己觉得更急的人，
+ 对谁都不公平。
reference: https://countrynavigator.com/blog/cultural-intelligence/queuing/
reference: https://www.thetimes.co.uk/article/line-management-mhpckfmc9
tags: queue waiting

id: everyday-02-c02
lesson: everyday-02
region: global
situation: 一位听障客人带着手语翻译来店里问事情。您说话时应该看着谁、对谁说？
option_a: 看着客人本人，直接对客人说，让翻译在旁边翻。
option_b: 看着翻译说，因为是翻译在听您讲话。
option_c: 把要说的话写在纸上交给翻译，请他转告，这样最不容易出错。
option_d: 看着客人，但放大音量、放慢速度说。
answer: a
explanation: 翻译和陪同的人只是帮助沟通，您服务的是客人本人。直接看着客人、对客人说话
+ （"How can I help you?" 而不是 "What does he want?"），才是把客人当作主角。
+ 对听障客人提高音量没有用；也不要假定客人做不到什么，需要时问他希望怎样沟通。
reference: https://disabilitytraining.humboldt.edu/disability-etiquette-wrap
reference: https://www.colgate.edu/about/campus-services-and-resources/disability-etiquette-communication-considerations
tags: accessibility understanding

# ---- 第3课 ----

id: everyday-03-c01
lesson: everyday-03
region: global
situation: 一位美国客人在电梯里发现楼层按钮从12直接跳到了14，好奇地问您为什么。哪种解释最准确？
option_a: "In China, thirteen is an unlucky number."
option_b: "It's because of feng shui."
option_c: "Many Western guests think thirteen is unlucky, so some buildings skip it, just as some buildings here skip floors with a four."
answer: c
explanation: 13在西方文化里被视为不吉利，很多酒店和大楼不设13层。在中文、日语和韩语里，
+ "四"和"死"读音相近，所以有的楼不设4层，或不用带4的房号。
+ 中国人忌讳的是4而不是13（8则被认为吉利），所以说"中国人也忌讳13"不对；这也和风水无关。
reference: https://curiousexpeditions.org/what-is-the-unlucky-hotel-number/
reference: https://en.wikipedia.org/wiki/Tetraphobia
reference: https://en.wikipedia.org/wiki/Thirteenth_floor
tags: numbers taboo

id: everyday-03-c02
lesson: everyday-03
region: BR
situation: 您给一位巴西客人报了价，他问 "Is that OK?"。您想用手势告诉他"没问题"，怎么做最稳妥？
option_a: 用拇指和食指圈成 "OK" 手势。
option_b: 微笑点头，说 "Yes, no problem."。
option_c: 竖起大拇指。
answer: b
explanation: 手势在不同国家意思不同。"OK" 手势在巴西、希腊、土耳其有粗俗的含义，
+ 在日本表示"钱"，在法国表示"零、没价值"；竖大拇指在伊朗等地也被看作无礼。
+ 报价、谈钱的时候尤其容易引起误会，用话语加微笑最安全。
reference: https://www.worldsim.com/blog/cultural-differences-hand-signals
reference: http://www.npr.org/sections/talk/2008/12/around_the_world_in_insults.html
reference: https://sites.psu.edu/global/2020/10/27/when-ok-isnt-ok
reference: https://metro.co.uk/2015/07/15/whoops-philip-hammond-gave-iran-the-finger-over-nuclear-agreement-5296791/
tags: gestures numbers

# ---- 第4课 ----

id: everyday-04-c01
lesson: everyday-04
region: CN
situation: 到达目的地后，一位外国乘客拿出现金付车费。您平时只用手机收款。您应该怎么做？
option_a: 收下现金并找零；找不开就礼貌地问客人有没有零钱。
option_b: 告诉他 "QR code only, no cash."，请他用手机付。
option_c: 请他先下车，去附近商店换好零钱再回来。
answer: a
explanation: 中国人民银行2018年7月发布的第10号公告规定，除依法应当采用非现金方式的场合外，
+ 任何单位和个人不得拒收人民币现金，已有商户因此被处罚；自2026年2月1日起施行的人民币现金收付服务新规也延续了这一要求。
+ 您可以更喜欢手机支付，但客人要付现金就必须收下；找不开时可以问 "Do you have anything smaller?"。
reference: https://loc.gov/law/foreign-news/article/china-central-bank-warns-businesses-not-to-refuse-cash/
reference: https://english.dotdotnews.com/a/202512/23/AP694a2ac5e4b0c32d4f640b17.html
tags: payment cash

id: everyday-04-c02
lesson: everyday-04
region: IN
situation: 一位印度客人在柜台结账。您要把找的零钱和收据交给他，应该怎么递？
option_a: 用左手递过去，右手继续操作电脑。
option_b: 放在柜台上推过去，不用看客人。
option_c: 用右手或双手递到客人手里。
answer: c
explanation: 在印度和许多穆斯林国家，左手被视为不洁，用左手递钱、卡或食物会让人不快。
+ 用右手或双手递东西，对任何客人都显得尊重；在中国和日本，双手递接也是礼貌的表现。
+ 把东西推过去而不看客人，则显得冷淡。
reference: https://www.worldsim.com/blog/cultural-differences-hand-signals
reference: http://www.npr.org/sections/talk/2008/12/around_the_world_in_insults.html
tags: payment gestures

id: everyday-04-c03
lesson: everyday-04
region: US
situation: 一位美国客人在您的餐厅吃完饭，结账后在桌上多留了50元现金。您们店规定员工不收小费。
+ 您应该怎么做？
option_a: 收起来，反正客人已经走了。
option_b: 在客人离开前追上他，微笑道谢，说明店里不收小费，把钱还给他。
option_c: 把钱留在桌上不管，等客人自己发现。
option_d: 当着其他客人的面大声说 "We don't take tips!"，把钱塞回给他。
answer: b
explanation: 在美国，餐厅服务员的收入很大程度上靠小费，一般给账单的15%–20%，
+ 客人留钱是出于习惯和感谢，并无恶意。中国大陆的餐厅和出租车一般不收小费。
+ 店里规定不能收，就先道谢再礼貌退还，例如 "Thank you, that's very kind,
+ but we don't accept tips."；悄悄收下违反规定，当众大声拒绝会让客人难堪。
reference: https://travelerstoday.com/articles/21222/20160118/tipping-in-different-countries.htm
reference: https://www.iscbj.com/forum/travel-chinese-3/lesson-4-taxi-receipt-12
reference: http://www.chicagotribune.com/features/tribu/sc-fam-0513-lifeskills-tipping-20100513,0,499024.story
tags: tipping payment
local: 货币单位：人民币元；50 元是示例金额；餐厅不收小费是店里的规定，不是法规
local_source: 《中华人民共和国中国人民银行法》第十六条（人民币是法定货币）；例中金额是示例，不是规定价格

id: everyday-04-c04
lesson: everyday-04
region: CN
situation: 一位英国游客想在您的小店买一瓶水。他说身上没有人民币，只有一张 Visa 卡，
+ 手机里装了支付宝但没绑卡。您店里只能扫码收款。怎样帮他最好？
option_a: 告诉他外国银行卡在这里没法用，请他去银行或别的店换点人民币现金再来买。
option_b: 告诉他可以把 Visa 卡绑定到支付宝再扫码，并帮他找到绑卡的入口。
option_c: 让他先把水拿走，下次路过再付。
option_d: 让他先把护照押在店里，换好人民币再回来付。
answer: b
explanation: 自2023年7月起，支付宝和微信支付允许境外游客绑定境外发行的 Visa、
+ Mastercard、JCB 等银行卡，绑好后就能像本地人一样扫码付款。
+ 知道这一点，您就能帮客人解决问题，而不是把他打发走。把客人的护照押在店里既不合适，
+ 也会让客人非常不安。
reference: https://wb.beijing.gov.cn/home/index/wsjx/202307/t20230722_3205016.html
reference: https://www.nfcw.com/2023/08/02/385047/chinese-mobile-payment-giants-add-support-for-credit-cards-issued-overseas/
tags: payment mobile-payment

id: everyday-04-c05
lesson: everyday-04
region: JP KR
situation: 一位日本客人吃完饭结账时，有点拿不准地问您："Should I leave a tip?"
+ 您们店不收小费。您怎么回答最好？
option_a: "No, tipping isn't expected here. Thank you for asking!"
option_b: "Yes, ten percent is normal here, like in most countries."
option_c: "It's up to you."
answer: a
explanation: 中国大陆的餐厅和出租车一般不要小费（有的酒店和高档餐厅会直接加收服务费）。
+ 日本和韩国本来就没有给小费的习惯，有人甚至会觉得给小费是失礼，所以客人才会问。
+ 明确告诉他不用给，他就放心了；"It's up to you." 会让客人为难，说要给则是不实的。
reference: https://en.wikivoyage.org/wiki/Tipping
reference: https://www.iscbj.com/forum/travel-chinese-3/lesson-4-taxi-receipt-12
reference: http://universiade.fjct.fit.ac.jp/en/fukuoka/jyouhou/tippu.html
tags: tipping payment

# ---- 第5课 ----

id: everyday-05-c01
lesson: everyday-05
region: DE
situation: 您答应下午三点把修好的手机送到一位德国客人住的酒店。出发后遇到堵车，
+ 估计要晚十五分钟。您应该怎么做？
option_a: 不用说，十五分钟不算迟到。
option_b: 到了以后再当面解释是堵车，当面道歉比打电话更有诚意。
option_c: 马上打电话或发信息，道歉并告诉他预计几点到。
option_d: 干脆改到明天再送，省得赶路。
answer: c
explanation: 在德国、瑞士、美国、日本、英国等非常看重时间的文化里，迟到会被看作不尊重对方的时间。
+ 晚到难免，但一定要提前打招呼、说清新的时间，让对方可以安排。
+ 不打招呼就迟到，哪怕到了再当面道歉，或自作主张改期，都会让客人失去信任。
reference: https://en.wikipedia.org/wiki/Chronemics
tags: time punctuality

id: everyday-05-c02
lesson: everyday-05
region: global
situation: 斋月期间的一个下午，一位穆斯林客人来您的餐厅订晚餐，说希望日落后马上能吃上饭。
+ 您应该怎么做？
option_a: 推荐他开饭前先来一杯啤酒。
option_b: 建议他中午先吃点东西垫一垫，晚上就不用那么急了，身体要紧。
option_c: 告诉他晚饭时段客人多，不能保证几点上菜。
option_d: 问清人数和日落的时间，提前把菜准备好，时间一到马上上菜。
answer: d
explanation: 斋月期间，许多穆斯林从黎明到日落都不吃不喝，日落后才开斋吃饭，所以准时
+ 上菜对他们特别重要。劝他白天吃东西是不尊重他的信仰；伊斯兰教不允许饮酒，
+ 推荐酒水也不合适，可以推荐茶、果汁或无酒精饮料。
reference: http://theculturalatlas.org/islam/dietary-requirements
reference: https://comedinetogether.uk/faq/religious-restrictions/
reference: https://www.gvsu.edu/interfaith/dietary-considerations-163.htm
tags: time diet ramadan

# ---- 第6课 ----

id: everyday-06-c02
lesson: everyday-06
region: PH
situation: 一位菲律宾客人站在门口犹豫，您想招呼他过来看看地图。怎么招手最合适？
option_a: 掌心向上，用食指勾一勾。
option_b: 远远地喊 "Hey, you! Come here!"。
option_c: 掌心向下，整只手轻轻往回招；或者直接走过去。
answer: c
explanation: 掌心向上、用一根手指勾人过来，在菲律宾和中国都被认为很不礼貌。
+ 要招呼人，就掌心向下整只手轻轻招，最好是自己走过去。
+ 远远地喊 "Hey, you!" 同样很不客气。
reference: https://www.worldsim.com/blog/cultural-differences-hand-signals
reference: https://www.fodors.com/world/asia/philippines/travel-tips/etiquette-253762860
tags: gestures directions

id: everyday-06-c03
lesson: everyday-06
region: US GB
situation: 一位美国客人站在路边看手机地图，显然找不到路。您走过去帮忙，站多近合适？
option_a: 保持大约一臂的距离，先问一句再看他的手机。
option_b: 贴着他站，凑过去一起看他的手机屏幕，这样指路最清楚。
option_c: 直接从他手里拿过手机帮他查。
option_d: 隔着好几米大声告诉他怎么走。
answer: a
explanation: 在美国、英国等西方国家，人们觉得舒服的个人距离大约是一臂长，
+ 站得太近会让人感到被侵犯。手机是私人物品，先问 "May I?" 再看，
+ 不要伸手去拿。离得太远大声喊，客人听不清也不自在。
reference: https://www.latimes.com/archives/la-xpm-2003-may-18-tr-spano18-story.html
tags: personal-space directions

# ---- 第7课 ----

id: everyday-07-c01
lesson: everyday-07
region: global
situation: 一位坐轮椅的客人在商场的斜坡下停了下来。您应该怎么做？
option_a: 马上从后面推他上坡。
option_b: 走到他面前问要不要帮忙，他同意后再问怎么帮。
option_c: 假装没看见，免得他难堪。
option_d: 扶着轮椅的把手和他聊天，陪他等一会儿，看他需不需要帮忙。
answer: b
explanation: 轮椅是使用者个人空间的一部分，没经同意就推、或倚靠在轮椅上，都很失礼。
+ 正确的做法是先问要不要帮忙，等对方接受，再问怎样帮；对方说不用，就尊重他的决定。
+ 不要替别人假定他做不到什么。要谈得久一些时，可以蹲下或坐下，和他保持视线平齐。
reference: https://disabilitytraining.humboldt.edu/disability-etiquette-wrap
reference: https://www.colgate.edu/about/campus-services-and-resources/disability-etiquette-communication-considerations
reference: https://alexwlchan.net/ideas-for-inclusive-events/ideas/dont-interfere
tags: accessibility help

id: everyday-07-c02
lesson: everyday-07
region: CN
situation: 一位盲人客人牵着导盲犬走进您的餐厅。同事小声说："狗不能进来。"您应该怎么做？
option_a: 请客人把狗拴在门外再进来。
option_b: 欢迎客人进来，导盲犬可以陪同；不要去摸、喂或逗导盲犬。
option_c: 让他们进来，再摸摸狗的头让它跟您熟悉一下。
option_d: 让他们进来，但安排到最角落的位置，免得其他客人有意见。
answer: b
explanation: 导盲犬是在工作的服务犬，不是宠物。《残疾人保障法》第五十八条写明盲人可以携带
+ 导盲犬出入公共场所（遵守国家有关规定）；2023年6月，国家又通过了
+ 《无障碍环境建设法》。导盲犬工作时，不要摸、喂、逗它或跟它说话，有需要先问主人。
+ 把客人安排到角落，等于把他当成麻烦。
reference: https://globaltimes.cn/page/202110/1236047.shtml
reference: https://www.chinajusticeobserver.com/a/china-enacts-law-on-barrier-free-environment
reference: https://www.nassaucountyny.gov/3176/Disability-Etiquettes
reference: 《中华人民共和国残疾人保障法》第五十八条
tags: accessibility guide-dog
local: 导盲犬进入公共场所：全国适用的《残疾人保障法》第五十八条和《无障碍环境建设法》
local_source: 《中华人民共和国残疾人保障法》第五十八条；《中华人民共和国无障碍环境建设法》（2023 年 9 月 1 日起施行）

id: everyday-07-c03
lesson: everyday-07
region: global
situation: 您在店里帮一位视障客人找到了他要的商品，这时另一位客人在叫您。您应该怎么做？
option_a: 告诉他您要去帮另一位客人，几分钟后回来，再离开。
option_b: 悄悄走开，不打扰他挑选，等他需要的时候自然会再叫您的。
option_c: 拍一下他的肩膀就走。
answer: a
explanation: 视障客人看不到您走开了，可能还在对着空处说话，会很尴尬。走近时先说明自己是谁，
+ 离开时也要说一声，比如 "I'm going to help another customer. I'll be
+ back in a few minutes."，这是和视障人士相处的基本礼貌。
+ 不打招呼就拍肩膀会吓人一跳，也说明不了您要去哪里。
reference: https://disabilitytraining.humboldt.edu/disability-etiquette-wrap
reference: https://www.colgate.edu/about/campus-services-and-resources/disability-etiquette-communication-considerations
tags: accessibility help

id: everyday-07-c04
lesson: everyday-07
region: global
situation: 情人节晚上，两位男士来到您的餐厅，问有没有情人节双人套餐。您应该怎么做？
option_a: 提醒他们 "This is a set menu for couples."
option_b: 建议他们点普通的两人份，比较划算。
option_c: 和对待其他客人一样，介绍套餐内容，为他们安排座位。
option_d: 先问清楚他们是什么关系再决定。
answer: c
explanation: 同性伴侣常常遇到服务人员质疑或"纠正"他们的选择，这会让人很难受。
+ 情人节、蜜月之类的套餐对所有客人一视同仁，客人点什么就照常服务，
+ 不要多问、不要暗示，也不要凭外表替客人判断关系。
reference: https://www.geta-europe.org/guru2-5-tips.php?curlng=3
reference: https://www.afar.com/magazine/the-most-annoying-things-hotels-do-to-gay-travelers?p=2
tags: lgbtq help

# ---- 第8课 ----

id: everyday-08-c01
lesson: everyday-08
region: global
situation: 您的店晚上九点关门。九点过五分，收银机已经结账，一位外国客人急匆匆赶来想买东西。
+ 哪种回应最好？
option_a: 先道歉，说明已经关门结账，告诉他明早几点开门，再告诉他附近哪家店还开着。
option_b: "It's our policy. No exceptions."
option_c: "Sorry, we're closed." 然后关上门。
option_d: 装作没听见，继续收拾。
answer: a
explanation: 委婉拒绝的要点是：先理解客人的需要，简短说明原因，再给出替代办法，
+ 必要时约好下一步。只丢一句 "No" 或拿规定当挡箭牌，都会让客人觉得被打发。
+ 可以说 "I'm so sorry, we've just closed. We open again at nine tomorrow,
+ and the convenience store across the street is open all night."
reference: https://www.eapronantes-formation.com/en/post/how-to-say-no-to-your-guest-without-damaging-the-customer-relation
reference: https://www.englishclass101.com/lesson/hospitality-english-for-hotels-24-polite-refusals/?lp=84
reference: https://en.wikipedia.org/wiki/Service_recovery_paradox
tags: refusal hours

id: everyday-08-c02
lesson: everyday-08
region: CN
situation: 您在一座寺庙的殿堂门口值班，殿内禁止拍照。一位外国游客举起手机正要拍。您应该怎么做？
option_a: 远远地大喊 "No photo!"，声音大一点他才会马上停下。
option_b: 走近，礼貌地说明殿内不许拍照，并指一下告示牌。
option_c: 装作没看见，反正已经拍了。
answer: b
explanation: 很多寺庙、博物馆的部分展厅以及所有军事等敏感场所都禁止拍照，
+ 外国游客常常看不懂中文告示。告诉客人哪里不能拍是工作人员的责任，
+ 但要走近、轻声、先道歉（"Excuse me, I'm sorry, but photos aren't allowed
+ inside."），指出告示牌让客人明白这是规定，不是针对他。
+ 当众大喊会让客人很难堪。
reference: https://help.wendywutours.com.au/knowledge/travel-with-consideration-china
reference: http://en.people.cn/205040/7856860.html
tags: refusal photo

id: everyday-08-c03
lesson: everyday-08
region: CN
situation: 您在餐厅工作。一位外国客人在室内座位上点起了烟。您应该怎么做？
option_a: 不管他，等别的客人来投诉再说。
option_b: 隔着几张桌子喊 "No smoking!"，让他马上把烟掐了。
option_c: 给他拿个烟灰缸，别扫了客人的兴。
option_d: 走过去轻声道歉，说明室内禁止吸烟，告诉他门外有吸烟区。
answer: d
explanation: 中国很多城市禁止在室内公共场所吸烟。《青岛市控制吸烟条例》自2013年9月1日起，
+ 禁止在室内公共场所和工作场所吸烟。提醒时走近、轻声、先道歉，再告诉客人可以去哪里吸烟，
+ 客人一般都会配合；递烟灰缸等于让场所违规。
reference: https://global.chinadaily.com.cn/china/2015-12/28/content_22834827_9.htm
reference: http://www.chinadaily.com.cn/china/2014-11/29/content_18996868.htm
tags: refusal smoking
reference: 《青岛市控制吸烟条例》
local: 室内公共场所和工作场所禁止吸烟（《青岛市控制吸烟条例》）；罚则和条文号按正式文本核对后才写
local_source: 《青岛市控制吸烟条例》（青岛市人大常委会 2013 年 6 月 27 日通过，2013 年 9 月 1 日起施行）；条文号未按正式文本核对，不写

# ---- 第9课 ----

id: everyday-09-c01
lesson: everyday-09
region: JP KR
situation: 一位韩国客人的同伴突然在店里晕倒了。客人拿起手机慌张地说要打119叫救护车。
+ 您应该怎么做？
option_a: 让他打119，119什么都管。
option_b: 建议他先联系韩国大使馆。
option_c: 告诉他叫救护车要打120，并马上替他拨打。
option_d: 先把病人扶起来，扶他走到附近的医院，这样比等救护车快。
answer: c
explanation: 在韩国和日本，119同时负责火警和急救，所以客人会下意识地拨119。
+ 在中国，119是火警，急救电话是120，报警是110，交通事故是122，拨打都免费。
+ 接线员不一定会说外语，您用中文报告最快。晕倒的人不要随便扶起来走动。
reference: https://www.gochinaroute.com/china-emergency-numbers-police-ambulance-fire
reference: http://china.org.cn/english/China/154580.htm
tags: emergency ambulance

id: everyday-09-c02
lesson: everyday-09
region: CN
situation: 您拨通了120，为一位受伤的外国客人叫救护车。接线员接起电话后，您最先要说清楚什么？
option_a: 所在的详细地址、发生了什么事、您的联系电话。
option_b: 客人的国籍和英文名字的拼写。
option_c: 先问接线员会不会说英语，再请客人自己说。
answer: a
explanation: 接线员最需要知道的是：在哪里（详细地址或明显的地标）、发生了什么、
+ 怎么回电话联系您，这样救护车才能最快赶到。国籍、名字可以之后再说。
+ 部分大城市有英语服务，但并不保证；您在现场又会说中文，自己报告最快最准。
reference: https://www.gochinaroute.com/china-emergency-numbers-police-ambulance-fire
reference: http://china.org.cn/english/China/154580.htm
tags: emergency ambulance

# ---- 第10课 ----

id: everyday-10-c01
lesson: everyday-10
region: global
situation: 一位戴头巾的女客人在店里突然说头晕，扶着货架坐到了地上。您是男员工。您应该怎么做？
option_a: 什么也不问，直接把她抱到椅子上坐好，救人要紧，这时候顾不上男女有别。
option_b: 先问她要不要帮忙，同意后再扶，最好请女同事来；严重就打120。
option_c: 给她倒一杯热水，然后回去干活。
option_d: 等她的同伴来了再处理。
answer: b
explanation: 帮助任何人之前都要先问（"Are you all right? Would you like some help?"），
+ 得到同意再动手。有些穆斯林女性不和异性握手，也可能不愿被男性扶抱，
+ 请女同事帮忙更周到。不过情况紧急时，先拨打120、保证安全最重要；
+ 走开不管或干等都可能耽误病情。
reference: https://disabilitytraining.humboldt.edu/disability-etiquette-wrap
reference: https://www.allabouturkiye.com/about-turkiye/turkish-culture-traditional/greetings/
reference: https://www.gochinaroute.com/china-emergency-numbers-police-ambulance-fire
reference: http://www.smh.com.au/news/opinion/greeting-with-hands-is-no-great-shakes/2007/07/11/1183833598456.html
reference: http://china.org.cn/english/China/154580.htm
tags: health help

# ---- 第11课 ----

id: everyday-11-c01
lesson: everyday-11
region: global
situation: 一位穆斯林客人指着菜单上的宫保鸡丁问："Is it halal?" 您的餐厅不是清真餐厅，
+ 这道菜没有猪肉，但鸡肉不是清真来源，炒的时候还加了料酒。您怎么回答？
option_a: "Yes, there's no pork, so it's halal."
option_b: "I think so."
option_c: 如实说明这道菜不是清真的，并推荐附近的清真餐厅，或者不含肉和酒的素菜。
answer: c
explanation: 清真不只是不含猪肉：肉要按伊斯兰方式屠宰，猪油、猪骨汤、非清真明胶也不行，
+ 酒精（包括菜里的料酒）同样禁止。把"没有猪肉"说成"清真"是误导客人。
+ 如实说明、给出替代办法，客人才能自己做决定，也会更信任您。
reference: http://theculturalatlas.org/islam/dietary-requirements
reference: https://comedinetogether.uk/faq/religious-restrictions/
reference: https://www.gvsu.edu/interfaith/dietary-considerations-163.htm
tags: diet halal

id: everyday-11-c02
lesson: everyday-11
region: global
situation: 一位客人说 "I'm vegan."。您想给她推荐菜，下面哪一道最合适？
option_a: 用植物油清炒的时蔬，先和厨房确认没放猪油、肉汤或蚝油。
option_b: 番茄炒蛋，因为里面没有肉。
option_c: 芝士焗土豆，因为是素的。
answer: a
explanation: vegan（纯素）不吃任何动物产品：肉、鱼、蛋、牛奶、奶酪、黄油都不吃。
+ 很多 vegetarian（素食者）吃蛋和奶，vegan 不吃，两者要分清。番茄炒蛋和芝士焗土豆
+ 适合一般素食者，不适合纯素客人。推荐前还要确认有没有用猪油、肉汤、蚝油之类。
reference: https://comedinetogether.uk/faq/religious-restrictions/
reference: https://en.wikipedia.org/wiki/Veganism
tags: diet vegetarian

id: everyday-11-c03
lesson: everyday-11
region: IN
situation: 一位印度客人说自己是印度教徒。您想主动推荐本店的招牌菜，下面哪一道最不该推荐？
option_a: 酸奶水果沙拉
option_b: 蒜蓉西兰花
option_c: 红烧牛肉面
option_d: 鸡蛋炒饭
answer: c
explanation: 印度教徒不吃牛肉，很多人完全吃素；牛奶、酸奶等奶制品一般没问题。
+ 所以牛肉菜最不该推荐。有的印度教客人也不吃蛋或其他肉，推荐前可以问一句
+ "Do you eat eggs?"，让客人自己选。
reference: https://blog.burkett.com/2012/12/20/what-are-dietary-restrictions-of-certain-religions/
reference: https://www.gvsu.edu/interfaith/dietary-considerations-163.htm
tags: diet

id: everyday-11-c04
lesson: everyday-11
region: global
situation: 一位犹太客人说他遵守犹太教饮食规矩（"I keep kosher."）。下面哪一道菜最不会有问题？
option_a: 芝士牛肉汉堡
option_b: 用植物油清炒的时蔬
option_c: 叉烧饭
option_d: 椒盐虾
answer: b
explanation: 犹太教饮食规矩（kosher）不吃猪肉和贝类、虾蟹，肉和奶不能一起吃，
+ 也不能一起烹制。所以芝士牛肉汉堡（肉加奶）、椒盐虾（虾）、叉烧（猪肉）都不行。
+ 严格遵守的客人可能只吃有认证的食物，最好直接问客人能吃什么。
reference: https://blog.burkett.com/2012/12/20/what-are-dietary-restrictions-of-certain-religions/
reference: https://www.gvsu.edu/interfaith/dietary-considerations-163.htm
tags: diet kosher

id: everyday-11-c05
lesson: everyday-11
region: global
situation: 一桌外国客人在点菜，其中一位提到自己是穆斯林。您应该怎么做？
option_a: 问问这位客人有什么饮食要求，再给建议。
option_b: 自作主张把整桌的菜都换成清真菜，酒水也都撤掉。
option_c: 不用管，客人自己会看菜单。
answer: a
explanation: 并不是每位信徒都遵守完全一样的规矩，同一桌的其他客人也可能没有这些要求。
+ 最好的办法是直接、礼貌地问客人需要什么（比如要不要清真肉、菜里能不能有酒），
+ 再推荐合适的菜和饮料。替所有人做主和完全不管，都不如问一句。
reference: https://www.gvsu.edu/interfaith/dietary-considerations-163.htm
tags: diet halal

# ---- 第12课 ----

id: everyday-12-c01
lesson: everyday-12
region: TH
situation: 一位泰国客人带着小女儿来店里，孩子很可爱。您想表示友好，应该怎么做？
option_a: 摸摸孩子的头，夸她可爱，小孩子都喜欢被大人摸摸头。
option_b: 抱起孩子和她合影。
option_c: 对孩子微笑、挥挥手，再夸一句孩子可爱。
answer: c
explanation: 在泰国和其他一些佛教国家，头被看作身体最神圣的部位，摸别人的头是冒犯，
+ 对小孩也一样。抱孩子、给孩子拍照都要先得到家长同意。微笑、挥手、夸奖几句，
+ 既友好又不会冒犯。
reference: https://www.worldsim.com/blog/cultural-differences-hand-signals
reference: https://help.wendywutours.com.au/knowledge/travel-with-consideration-china
reference: https://www.lonelyplanet.com/thailand/surin-islands-marine-national-park/practical-information/directory/etiquette/a/nar/e407a35a-0236-4498-8215-e57c673f9267/1002440
reference: http://en.people.cn/205040/7856860.html
tags: children personal-space

id: everyday-12-c02
lesson: everyday-12
region: US
situation: 您送给一位要回国的美国老顾客一盒茶叶作为纪念。他当着您的面就拆开包装，
+ 连声说 "Oh, this is lovely!"。您应该怎么理解？
option_a: 他不太懂礼貌，只在乎礼物本身。
option_b: 这是西方人收礼时的礼貌做法：当面打开，表示喜欢和感谢。
option_c: 他大概是想看看礼物值多少钱。
answer: b
explanation: 中国传统上收礼常常不当面拆开，而在很多西方国家，当面打开礼物并表示喜欢，
+ 正是对送礼人的尊重。文化习惯不同，不要误解客人的好意，微笑回应就好。
reference: https://asiaworldmedia.com/the-ritual-of-receiving-gifts/
reference: https://global.chinadaily.com.cn/m/qingyuan/2010-12/03/content_11649958.htm
tags: gifts farewell

id: everyday-12-c03
lesson: everyday-12
region: JP
situation: 一位日本客人临走前递给您一张名片，请您以后有新货时联系他。您应该怎么接？
option_a: 单手接过，顺手放进裤子后兜。
option_b: 接过来放在柜台上，接着忙别的。
option_c: 接过来马上在背面记下他要的东西。
option_d: 双手接过，看一看上面的名字，道谢后妥善收好。
answer: d
explanation: 在日本，名片代表对方本人。要双手接，认真看一看，再妥善收进名片夹或口袋；
+ 不要当着对方的面在名片上写字，也不要塞进裤子后兜或随手一放。
+ 要记事情就另外拿纸写。
reference: http://hub.aa.com/en/aw/japan-national-tourist-organization-1
reference: http://spidacom.co.uk/2018/08/08/business-cards-in-japan/
reference: https://www.japantimes.co.jp/life/2017/05/06/lifestyle/calling-card-evolution-business-cards-japan/
tags: business-cards farewell

id: everyday-12-c04
lesson: everyday-12
region: RU
situation: 一位俄罗斯客人在您的花店买玫瑰，要送给朋友庆祝生日。他问您买几枝好。您怎么建议？
option_a: 七枝，或其他单数。
option_b: 六枝，六六大顺。
option_c: 八枝，八是吉利数字。
answer: a
explanation: 在俄罗斯，偶数枝的花是葬礼和祭奠时用的，送给活着的人要送单数。
+ 中国人喜欢的六和八都是偶数，这里反而不合适。给外国客人推荐时，
+ 不要只按中国的习惯来。
reference: http://www.npr.org/sections/talk/2008/12/around_the_world_in_insults.html
tags: gifts numbers taboo

id: everyday-12-c05
lesson: everyday-12
region: global
situation: 一位穿着民族服装的外国客人来到店里，您觉得很特别，想拍张照发到朋友圈。您应该怎么做？
option_a: 趁客人不注意悄悄拍一张。
option_b: 先拍下来，拍完再告诉客人，给他看看拍得多好看。
option_c: 先问客人能不能拍，同意才拍；拒绝就马上作罢。
answer: c
explanation: 给别人拍照前要先征得同意（"May I take a photo of you?"，
+ 指指相机、微笑示意也可以），对方说不就马上放下。给孩子拍照还要得到家长同意。
+ 工作人员更不应该随意拍客人或客人的证件，只有登记等必要的手续例外。
reference: https://help.wendywutours.com.au/knowledge/travel-with-consideration-china
reference: http://en.people.cn/205040/7856860.html
tags: photo privacy

