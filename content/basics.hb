# 基础服务用语 —— cordial 随附的入门手册
#
# 格式见 cordial-handbook(5)。每条记录之间空一行；"字段: 内容"；
# 以 "+ " 开头的行接续上一行的内容；以 # 开头的行是注释。
# 读音：zh_reading 为带声调的汉语拼音（"一""不"按变调标注），
# ja_reading 为平文式罗马字，ko_reading 为韩国语罗马字标记法（Revised Romanization）。

%rec: Handbook

id: basics
title: 基础服务用语
title_en: Basic service phrases
title_ja: 基本の接客フレーズ
title_ko: 기본 서비스 표현
source: zh
languages: en ja ko
version: 1
description: 为所有接待外国客人的市民准备：问候与礼貌用语，请客人稍等、道歉和
+ 听不懂时怎么办，以及数字、价格与付款。每课附国际礼仪情景题。
editor: cordial 内容编辑组
license: CC BY 4.0

%rec: Lesson
%key: id

id: basics-01
title: 问候与礼貌用语
title_en: Greetings and courtesy words
order: 1
description: 问好、欢迎、请、谢谢、对不起、打扰一下、告别，以及怎样称呼客人。

id: basics-02
title: 请稍等、道歉与沟通
title_en: Waiting, apologizing and being understood
order: 2
description: 请客人稍等，为等待和不便道歉，没听懂时请客人重复、放慢或写下来，
+ 以及礼貌地使用翻译软件。

id: basics-03
title: 数字、价格与付款
title_en: Numbers, prices and payment
order: 3
description: 报价钱、读房间号和楼层，现金、银行卡和手机支付，找零和发票。

%rec: Phrase
%key: id

# ---- 第1课：问候与礼貌用语 ----

id: basics-01-001
lesson: basics-01
zh: 您好！
zh_reading: nín hǎo!
en: Hello!
en_alt: Hi!
ja: こんにちは。
ja_reading: konnichiwa.
ko: 안녕하세요.
ko_reading: annyeonghaseyo.
note: 对客人用 "Hello!" 最稳妥；"Hi!" 比较随便，适合已经熟悉的客人。
register: polite
tags: greeting

id: basics-01-002
lesson: basics-01
zh: 早上好！
zh_reading: zǎoshang hǎo!
en: Good morning!
ja: おはようございます。
ja_reading: ohayō gozaimasu.
note: 英语一般中午十二点以前说 "Good morning"，之后说 "Good afternoon"。
register: polite
tags: greeting

id: basics-01-003
lesson: basics-01
zh: 晚上好！
zh_reading: wǎnshang hǎo!
en: Good evening!
ja: こんばんは。
ja_reading: konbanwa.
note: "Good evening" 是见面时的问候；"Good night" 是道别或睡前说的，见面时不要用。
register: polite
tags: greeting

id: basics-01-004
lesson: basics-01
zh: 欢迎光临！
zh_reading: huānyíng guānglín!
en: Welcome!
ja: いらっしゃいませ。
ja_reading: irasshaimase.
ko: 어서 오십시오.
ko_reading: eoseo osipsio.
note: 客人进门时说。酒店可以说 "Welcome to" 加酒店名，显得更亲切。
register: polite
tags: greeting welcome

id: basics-01-005
lesson: basics-01
zh: 这边请。
zh_reading: zhèbiān qǐng.
en: This way, please.
ja: こちらへどうぞ。
ja_reading: kochira e dōzo.
ko: 이쪽으로 오십시오.
ko_reading: ijjogeuro osipsio.
note: 说的同时手掌张开、五指并拢指向方向，不要用一根手指指路。
register: polite
tags: courtesy directions

id: basics-01-006
lesson: basics-01
zh: 谢谢！
zh_reading: xièxie!
en: Thank you.
en_alt: Thanks.
ja: ありがとうございます。
ja_reading: arigatō gozaimasu.
ko: 감사합니다.
ko_reading: gamsahamnida.
note: 对客人说 "Thank you" 比 "Thanks" 更礼貌。
register: polite
tags: courtesy thanks

id: basics-01-007
lesson: basics-01
zh: 非常感谢！
zh_reading: fēicháng gǎnxiè!
en: Thank you very much.
en_alt: Thank you so much.
ja: 誠にありがとうございます。
ja_reading: makoto ni arigatō gozaimasu.
ko: 대단히 감사합니다.
ko_reading: daedanhi gamsahamnida.
note: 客人帮了忙、多等了一会儿或给了好评时用，比 "Thank you" 更郑重。
register: formal
tags: courtesy thanks

id: basics-01-008
lesson: basics-01
zh: 不客气。
zh_reading: bú kèqi.
en: You're welcome.
en_alt: My pleasure.
ja: どういたしまして。
ja_reading: dō itashimashite.
ko: 천만에요.
ko_reading: cheonmaneyo.
note: 服务场合说 "My pleasure." 更显得乐意帮忙。客人道谢时不要回答 "Never mind"，
+ 它的意思是"没关系、别在意"。
register: polite
tags: courtesy thanks

id: basics-01-009
lesson: basics-01
zh: 对不起。
zh_reading: duìbuqǐ.
en: I'm sorry.
en_alt: Sorry.
ja: 申し訳ございません。
ja_reading: mōshiwake gozaimasen.
ko: 죄송합니다.
ko_reading: joesonghamnida.
note: 表示道歉：出了错或让客人不便时说。要引起客人注意时用 "Excuse me"，不用 "Sorry"。
register: polite
tags: courtesy apology

id: basics-01-010
lesson: basics-01
zh: 打扰一下。
zh_reading: dǎrǎo yíxià.
en: Excuse me.
ja: すみません。
ja_reading: sumimasen.
ko: 실례합니다.
ko_reading: sillyehamnida.
note: 想引起客人注意、从客人身边经过或打断谈话时说。不要喊 "Hey!"，很不礼貌。
register: polite
tags: courtesy

id: basics-01-011
lesson: basics-01
zh: 先生，有什么可以帮您的吗？
zh_reading: xiānsheng, yǒu shénme kěyǐ bāng nín de ma?
en: How can I help you, sir?
en_alt: How may I help you, sir?
ja: お客様、いかがなさいましたか。
ja_reading: okyakusama, ikaga nasaimashita ka.
ko: 손님, 무엇을 도와드릴까요?
ko_reading: sonnim, mueoseul dowadeurilkkayo?
note: 不知道客人姓名时，男士称 "sir"，女士称 "madam"（美国常说 "ma'am"）。
+ 日语统称「お客様」，韩语称「손님」。
register: polite
tags: address help

id: basics-01-012
lesson: basics-01
zh: 请问您怎么称呼？
zh_reading: qǐngwèn nín zěnme chēnghu?
en: May I have your name, please?
ja: お名前を伺ってもよろしいでしょうか。
ja_reading: onamae o ukagatte mo yoroshii deshō ka.
ko: 성함이 어떻게 되십니까?
ko_reading: seonghami eotteoke doesimnikka?
note: "What's your name?" 对客人太直接，服务时用 "May I have your name, please?"。
register: formal
tags: address

id: basics-01-013
lesson: basics-01
zh: 史密斯女士，欢迎回来。
zh_reading: Shǐmìsī nǚshì, huānyíng huílai.
en: Welcome back, Ms. Smith.
en_alt: Welcome back, Ms Smith.
ja: スミス様、お帰りなさいませ。
ja_reading: Sumisu-sama, okaerinasaimase.
ko: 스미스 님, 다시 오신 것을 환영합니다.
ko_reading: Seumiseu nim, dasi osin geoseul hwanyeonghamnida.
note: 称呼客人用 Mr. 或 Ms. 加姓，不要只叫名字。不清楚女士是否已婚时用 Ms.。
+ 美国英语写 Mr. / Ms.，英国英语常写 Mr / Ms，不加点。
register: polite
tags: address greeting

id: basics-01-014
lesson: basics-01
zh: 再见，欢迎再次光临！
zh_reading: zàijiàn, huānyíng zàicì guānglín!
en: Goodbye, and please come again!
en_alt: Goodbye! Please come again.
ja: ありがとうございました。またのお越しをお待ちしております。
ja_reading: arigatō gozaimashita. mata no okoshi o omachi shite orimasu.
ko: 안녕히 가세요. 다음에 또 오세요.
ko_reading: annyeonghi gaseyo. daeume tto oseyo.
note: 日语送客时先道谢（「ありがとうございました」），一般不说「さようなら」。
register: polite
tags: farewell

id: basics-01-015
lesson: basics-01
zh: 祝您今天愉快！
zh_reading: zhù nín jīntiān yúkuài!
en: Have a nice day!
en_alt: Have a good day!
ja: よい一日をお過ごしください。
ja_reading: yoi ichinichi o osugoshi kudasai.
ko: 좋은 하루 보내세요.
ko_reading: joeun haru bonaeseyo.
note: 客人离开时说。傍晚以后可以改说 "Have a nice evening!"。
register: polite
tags: farewell

# ---- 第2课：请稍等、道歉与沟通 ----

id: basics-02-001
lesson: basics-02
zh: 请稍等。
zh_reading: qǐng shāo děng.
en: One moment, please.
en_alt: Just a moment, please.
ja: 少々お待ちください。
ja_reading: shōshō omachi kudasai.
ko: 잠시만 기다려 주세요.
ko_reading: jamsiman gidaryeo juseyo.
note: 不要只说 "Wait!"，听起来像命令。
register: polite
tags: waiting

id: basics-02-002
lesson: basics-02
zh: 请在这里稍等。
zh_reading: qǐng zài zhèlǐ shāo děng.
en: Please wait here a moment.
en_alt: Could you wait here for a moment, please?
ja: こちらで少々お待ちください。
ja_reading: kochira de shōshō omachi kudasai.
ko: 여기서 잠시 기다려 주십시오.
ko_reading: yeogiseo jamsi gidaryeo jusipsio.
note: 说的时候用手掌示意等候的位置；如果要等比较久，告诉客人大约要多久。
register: polite
tags: waiting

id: basics-02-003
lesson: basics-02
zh: 让您久等了。
zh_reading: ràng nín jiǔ děng le.
en: Sorry to keep you waiting.
en_alt: Sorry for the wait.
ja: お待たせいたしました。
ja_reading: omatase itashimashita.
ko: 오래 기다리셨습니다.
ko_reading: orae gidarisyeotseumnida.
note: 回到等候的客人面前时先说这句，再接着办理。
register: polite
tags: waiting apology

id: basics-02-004
lesson: basics-02
zh: 谢谢您的耐心等待。
zh_reading: xièxie nín de nàixīn děngdài.
en: Thank you for your patience.
en_alt: Thank you for waiting.
ja: お待ちいただき、ありがとうございます。
ja_reading: omachi itadaki, arigatō gozaimasu.
ko: 기다려 주셔서 감사합니다.
ko_reading: gidaryeo jusyeoseo gamsahamnida.
note: 客人等了比较久时，道谢往往比反复道歉效果更好。
register: polite
tags: waiting thanks

id: basics-02-005
lesson: basics-02
zh: 我马上就来。
zh_reading: wǒ mǎshàng jiù lái.
en: I'll be with you in a moment.
en_alt: I'll be right with you.
ja: すぐに参ります。
ja_reading: sugu ni mairimasu.
ko: 곧 도와드리겠습니다.
ko_reading: got dowadeurigetseumnida.
note: 正在接待别的客人时，对刚到的客人说这句，让他知道你已经看到他了。
register: polite
tags: waiting queue

id: basics-02-006
lesson: basics-02
zh: 对不起，能请您再说一遍吗？
zh_reading: duìbuqǐ, néng qǐng nín zài shuō yí biàn ma?
en: Sorry, could you say that again, please?
en_alt: Sorry, could you repeat that, please?
en_alt: Pardon?
ja: すみません、もう一度おっしゃっていただけますか。
ja_reading: sumimasen, mō ichido osshatte itadakemasu ka.
ko: 죄송하지만 다시 한번 말씀해 주시겠어요?
ko_reading: joesonghajiman dasi hanbeon malsseumhae jusigesseoyo?
note: 没听清时不要只说 "What?"，听起来很不客气。"Pardon?" 用升调说也很礼貌。
register: polite
tags: understanding

id: basics-02-007
lesson: basics-02
zh: 请您说慢一点，好吗？
zh_reading: qǐng nín shuō màn yìdiǎn, hǎo ma?
en: Could you speak more slowly, please?
en_alt: Could you speak a little more slowly, please?
ja: もう少しゆっくり話していただけますか。
ja_reading: mō sukoshi yukkuri hanashite itadakemasu ka.
ko: 조금 천천히 말씀해 주시겠어요?
ko_reading: jogeum cheoncheonhi malsseumhae jusigesseoyo?
note: 用 "Could you …, please?" 提请求，比 "Speak slowly!" 客气得多。
register: polite
tags: understanding

id: basics-02-008
lesson: basics-02
zh: 能请您写下来吗？
zh_reading: néng qǐng nín xiě xiàlai ma?
en: Could you write it down, please?
ja: 書いていただけますか。
ja_reading: kaite itadakemasu ka.
ko: 적어 주시겠어요?
ko_reading: jeogeo jusigesseoyo?
note: 地址、人名、数字和时间写下来最不容易出错。
register: polite
tags: understanding

id: basics-02-009
lesson: basics-02
zh: 能在手机上给我看一下吗？
zh_reading: néng zài shǒujī shang gěi wǒ kàn yíxià ma?
en: Could you show me on your phone, please?
ja: スマートフォンで見せていただけますか。
ja_reading: sumātofon de misete itadakemasu ka.
ko: 휴대폰으로 보여 주시겠어요?
ko_reading: hyudaeponeuro boyeo jusigesseoyo?
note: 很多客人手机里存着中文地址或酒店的名片照片，请他们给你看最快。
register: polite
tags: understanding

id: basics-02-010
lesson: basics-02
zh: 我用翻译软件跟您说，可以吗？
zh_reading: wǒ yòng fānyì ruǎnjiàn gēn nín shuō, kěyǐ ma?
en: May I use a translation app?
en_alt: Do you mind if I use a translation app?
ja: 翻訳アプリを使ってもよろしいですか。
ja_reading: hon'yaku apuri o tsukatte mo yoroshii desu ka.
ko: 번역 앱을 사용해도 될까요?
ko_reading: beonyeok aebeul sayonghaedo doelkkayo?
note: 先征得客人同意，再把屏幕转向客人，让他看清翻译结果。句子说短一些，翻译更准确。
register: polite
tags: understanding

id: basics-02-011
lesson: basics-02
zh: 抱歉，我没听懂。
zh_reading: bàoqiàn, wǒ méi tīngdǒng.
en: I'm sorry, I don't understand.
en_alt: Sorry, I didn't understand.
ja: 申し訳ございません、よくわかりません。
ja_reading: mōshiwake gozaimasen, yoku wakarimasen.
ko: 죄송합니다. 무슨 말씀인지 잘 모르겠습니다.
ko_reading: joesonghamnida. museun malsseuminji jal moreugetseumnida.
note: 听不懂就如实说，不要点头假装明白，否则很容易办错事。
register: polite
tags: understanding apology

id: basics-02-012
lesson: basics-02
zh: 我只会说一点儿。
zh_reading: wǒ zhǐ huì shuō yìdiǎnr.
en: I only speak a little English.
en_alt: I speak a little English.
ja: 日本語は少ししか話せません。
ja_reading: nihongo wa sukoshi shika hanasemasen.
ko: 한국어는 조금밖에 못 합니다.
ko_reading: hangugeoneun jogeumbakke mot hamnida.
note: 各外语译文说的是客人的语言本身（英语、日语、韩语）。说完可以接着用手机或纸笔沟通。
register: neutral
tags: understanding

id: basics-02-013
lesson: basics-02
zh: 这个我不清楚，我帮您问一下。
zh_reading: zhège wǒ bù qīngchu, wǒ bāng nín wèn yíxià.
en: I'm afraid I don't know, but I'll find out for you.
ja: 申し訳ございません、確認してまいります。
ja_reading: mōshiwake gozaimasen, kakunin shite mairimasu.
ko: 죄송합니다. 확인해 보고 알려 드리겠습니다.
ko_reading: joesonghamnida. hwaginhae bogo allyeo deurigetseumnida.
note: 只说 "I don't know." 像是在拒绝；加上 "I'll find out for you" 表示你会帮忙。
+ "I'm afraid" 让语气更委婉。
register: polite
tags: understanding help

id: basics-02-014
lesson: basics-02
zh: 很抱歉给您带来不便。
zh_reading: hěn bàoqiàn gěi nín dàilái búbiàn.
en: I'm sorry for the inconvenience.
en_alt: We apologize for the inconvenience.
ja: ご迷惑をおかけして申し訳ございません。
ja_reading: gomeiwaku o okake shite mōshiwake gozaimasen.
ko: 불편을 드려 죄송합니다.
ko_reading: bulpyeoneul deuryeo joesonghamnida.
note: 道歉之后马上说明你会怎么解决，例如 "Let me fix that for you right away."。
register: formal
tags: apology

id: basics-02-015
lesson: basics-02
zh: 好的，没问题。
zh_reading: hǎo de, méi wèntí.
en: Certainly.
en_alt: Of course.
ja: かしこまりました。
ja_reading: kashikomarimashita.
ko: 알겠습니다.
ko_reading: algetseumnida.
note: 答应客人的要求时，"Certainly." 或 "Of course." 比 "OK." 更有礼貌。
register: formal
tags: courtesy

# ---- 第3课：数字、价格与付款 ----

id: basics-03-001
lesson: basics-03
zh: 一共五十元。
zh_reading: yígòng wǔshí yuán.
en: That's fifty yuan altogether.
en_alt: That comes to fifty yuan.
en_alt: The total is fifty yuan.
ja: 合計で50元です。
ja_reading: gōkei de gojū gen desu.
ko: 총 50위안입니다.
ko_reading: chong osip wianimnida.
note: 对外国客人说 yuan；"kuai"（块）是口语，客人不一定听得懂。
register: neutral
tags: numbers price

id: basics-03-002
lesson: basics-03
zh: 是十五，一、五，不是五十。
zh_reading: shì shíwǔ, yī, wǔ, bú shì wǔshí.
en: That's fifteen, one five, not fifty.
en_alt: Fifteen, not fifty.
note: fifteen（15）和 fifty（50）听起来很像：fifteen 的重音在后（fif-TEEN），
+ fifty 的重音在前（FIF-ty）。报价时最好同时写出数字或指给客人看。
register: neutral
tags: numbers price

id: basics-03-003
lesson: basics-03
zh: 一万元
zh_reading: yíwàn yuán
en: ten thousand yuan
en_alt: 10,000 yuan
ja: 一万元
ja_reading: ichiman gen
ko: 만 위안
ko_reading: man wian
note: 英语没有"万"这个单位：一万 = ten thousand，十万 = one hundred thousand，
+ 一百万 = one million。不要把"一万"说成 one thousand。
register: neutral
tags: numbers price

id: basics-03-004
lesson: basics-03
zh: 您的房间号是806。
zh_reading: nín de fángjiān hào shì bā líng liù.
en: Your room number is eight oh six.
en_alt: Your room number is eight zero six.
en_alt: Your room number is 806.
ja: お部屋は806号室です。
ja_reading: oheya wa happyakuroku-gōshitsu desu.
note: 英语读房间号和电话号码一般一位一位地读，0 常读作 oh：806 读作 eight oh six。
register: neutral
tags: numbers hotel

id: basics-03-005
lesson: basics-03
zh: 在三楼。
zh_reading: zài sān lóu.
en: It's on the third floor.
en_alt: It's on the 3rd floor.
ja: 3階です。
ja_reading: sangai desu.
ko: 3층입니다.
ko_reading: samcheungimnida.
note: 楼层用序数词：first、second、third floor。英国英语的 ground floor 是我们说的一楼，
+ first floor 是二楼。
register: neutral
tags: numbers directions

id: basics-03-006
lesson: basics-03
zh: 请问您怎么付款？
zh_reading: qǐngwèn nín zěnme fùkuǎn?
en: How would you like to pay?
ja: お支払いはどうなさいますか。
ja_reading: oshiharai wa dō nasaimasu ka.
ko: 어떻게 결제하시겠습니까?
ko_reading: eotteoke gyeoljehasigetseumnikka?
note: 比 "Cash or card?" 更礼貌，也给客人说出其他付款方式的机会。
register: polite
tags: payment

id: basics-03-007
lesson: basics-03
zh: 可以付现金、刷卡或用手机支付。
zh_reading: kěyǐ fù xiànjīn, shuākǎ huò yòng shǒujī zhīfù.
en: You can pay in cash, by card or by phone.
ja: 現金、カード、スマートフォン決済がご利用いただけます。
ja_reading: genkin, kādo, sumātofon kessai ga goriyō itadakemasu.
ko: 현금, 카드, 모바일 결제 모두 가능합니다.
ko_reading: hyeongeum, kadeu, mobail gyeolje modu ganeunghamnida.
note: 只说你们真正能收的方式；不能刷卡就不要提 card。
register: polite
tags: payment

id: basics-03-008
lesson: basics-03
zh: 请扫我的二维码。
zh_reading: qǐng sǎo wǒ de èrwéimǎ.
en: Please scan my QR code.
en_alt: Please scan my code.
ja: こちらのQRコードを読み取ってください。
ja_reading: kochira no QR kōdo o yomitotte kudasai.
ko: 이 QR 코드를 스캔해 주세요.
ko_reading: i QR kodeureul seukaenhae juseyo.
note: 一边说一边把二维码举到客人方便扫的位置，并告诉客人金额。
register: polite
tags: payment mobile-payment

id: basics-03-009
lesson: basics-03
zh: 我来扫您的付款码。
zh_reading: wǒ lái sǎo nín de fùkuǎnmǎ.
en: I'll scan your payment code.
en_alt: Let me scan your code.
ja: お支払い用のコードを読み取らせていただきます。
ja_reading: oshiharai-yō no kōdo o yomitorasete itadakimasu.
ko: 결제 코드를 스캔하겠습니다.
ko_reading: gyeolje kodeureul seukaenhagetseumnida.
register: polite
tags: payment mobile-payment

id: basics-03-010
lesson: basics-03
zh: 境外银行卡可以绑定微信支付或支付宝。
zh_reading: jìngwài yínhángkǎ kěyǐ bǎngdìng Wēixìn Zhīfù huò Zhīfùbǎo.
en: You can link a foreign bank card to WeChat Pay or Alipay.
ja: 海外のカードをWeChat PayやAlipayに登録してお支払いいただけます。
ja_reading: kaigai no kādo o WeChat Pay ya Alipay ni tōroku shite oshiharai itadakemasu.
ko: 해외 카드를 위챗페이나 알리페이에 등록해 결제하실 수 있습니다.
ko_reading: haeoe kadeureul wichaetpeina allipeie deungnokae gyeoljehasil su itseumnida.
note: 2023年7月起，外国游客可以把境外发行的 Visa、Mastercard、JCB 等银行卡
+ 绑定到微信支付和支付宝。
register: neutral
tags: payment mobile-payment

id: basics-03-011
lesson: basics-03
zh: 现金也可以。
zh_reading: xiànjīn yě kěyǐ.
en: Cash is fine, too.
en_alt: Cash is fine.
en_alt: We accept cash.
ja: 現金でもお支払いいただけます。
ja_reading: genkin demo oshiharai itadakemasu.
ko: 현금으로도 결제하실 수 있습니다.
ko_reading: hyeongeumeurodo gyeoljehasil su itseumnida.
note: 按中国人民银行的规定，不得拒收人民币现金。即使你习惯手机收款，客人要付现金也要收。
register: neutral
tags: payment cash

id: basics-03-012
lesson: basics-03
zh: 您有零钱吗？
zh_reading: nín yǒu língqián ma?
en: Do you have anything smaller?
en_alt: Do you have any smaller notes?
ja: 細かいお金はお持ちですか。
ja_reading: komakai okane wa omochi desu ka.
ko: 잔돈 있으십니까?
ko_reading: jandon isseusimnikka?
note: 客人给的钞票面额太大、找不开时问。
register: polite
tags: payment cash

id: basics-03-013
lesson: basics-03
zh: 这是找您的钱。
zh_reading: zhè shì zhǎo nín de qián.
en: Here's your change.
en_alt: Here is your change.
ja: こちら、お釣りでございます。
ja_reading: kochira, otsuri de gozaimasu.
ko: 거스름돈 여기 있습니다.
ko_reading: geoseureumdon yeogi itseumnida.
note: 用右手或双手把钱递到客人手里，不要扔在柜台上（见本课礼仪题）。
register: polite
tags: payment cash

id: basics-03-014
lesson: basics-03
zh: 您需要发票吗？
zh_reading: nín xūyào fāpiào ma?
en: Would you like a receipt?
ja: 領収書はご入用ですか。
ja_reading: ryōshūsho wa goiriyō desu ka.
ko: 영수증 필요하십니까?
ko_reading: yeongsujeung piryohasimnikka?
note: 对外国客人说 receipt 即可，不必解释"发票"。出租车票据上有车号和电话，
+ 客人落下东西时用得上。
register: polite
tags: payment receipt

id: basics-03-015
lesson: basics-03
zh: 请输入密码。
zh_reading: qǐng shūrù mìmǎ.
en: Please enter your PIN.
ja: 暗証番号を入力してください。
ja_reading: anshō bangō o nyūryoku shite kudasai.
ko: 비밀번호를 입력해 주세요.
ko_reading: bimilbeonhoreul imnyeokae juseyo.
note: 客人输入密码时把视线移开或后退一步。
register: polite
tags: payment card

%rec: Courtesy
%key: id

id: basics-01-c01
lesson: basics-01
region: global
situation: 您是男员工，在酒店门口迎接一位刚到的外国女客人。
+ 您想表示欢迎，应该怎么做？
option_a: 马上伸手和她握手，握得越用力越显得热情。
option_b: 面带微笑、点头问候；如果客人先伸出手，再和她握手。
option_c: 拍拍她的肩膀，表示欢迎。
answer: b
explanation: 有些穆斯林客人（也包括一些正统派犹太教客人）不和异性握手。
+ 等客人先伸手，否则微笑点头问候就很得体，对任何客人都不会失礼。
+ 握手时不要太用力；拍肩膀这类身体接触也会让很多客人不舒服。
reference: https://www.allabouturkiye.com/about-turkiye/turkish-culture-traditional/greetings/
reference: http://bodylanguagelady.blogspot.com/2011/12/handshake-rules-and-etiquette-in-north.html
reference: https://countrynavigator.com/blog/global-talent/greetings/
tags: greeting handshake

id: basics-01-c02
lesson: basics-01
region: global
situation: 一位客人在登记单上写的名字是 "John Smith"。
+ 您要用英语称呼他，哪一种最合适？
option_a: "John!"
option_b: "Mr. Smith"
option_c: "Mr. John"
option_d: "Hey, Smith!"
answer: b
explanation: John 是名，Smith 是姓。英语里礼貌的称呼是 Mr. 或 Ms. 加姓；
+ 客人没有请您叫他的名字之前，不要直呼其名，有些文化会觉得失礼。
+ "Mr. John" 是常见错误。称呼女士又不清楚她是否已婚时，用 Ms.。
+ 另外注意：中文、日语、韩语和匈牙利语的名字是姓在前。
reference: https://www.wintranslation.com/cross-cultural-naming-conventions/
reference: http://cnphk.com/Freenamelist/fxltikoobu.html
reference: https://www.w3.org/International/questions/qa-personal-names
tags: address names

id: basics-02-c01
lesson: basics-02
region: global
situation: 前台很忙。您正在为一位客人办理入住，这时又有两位客人先后来到柜台前等候。
+ 您应该怎么做？
option_a: 先不理他们，办完手上的事再说。
option_b: 看向等候的客人，微笑说 "I'll be with you in a moment."，
+ 然后按到达的先后顺序接待。
option_c: 先接待看起来最着急的那位，让正在办理的客人等一等。
option_d: 请等候的客人自己去别的柜台。
answer: b
explanation: 在英国、加拿大、日本等很多地方，人们非常看重按先后顺序排队，插队会让人
+ 很反感。按到达顺序接待，同时让等候的客人知道您已经看到他们，大家就能安心等待。
+ 很多文化也让老人、残障人士和带小孩的家长优先，可以视情况照顾。
reference: https://countrynavigator.com/blog/cultural-intelligence/queuing/
reference: https://cultural-etiquette.wrswebsolutions.com/the-art-of-queueing-cultural-etiquette-in-lines-across-the-globe
tags: queue waiting

id: basics-03-c01
lesson: basics-03
region: CN
situation: 到达目的地后，一位外国乘客拿出现金付车费。您平时只用手机收款。
+ 您应该怎么做？
option_a: 告诉他 "QR code only, no cash."，请他用手机付。
option_b: 收下现金并找零；如果找不开，礼貌地问 "Do you have anything smaller?"
option_c: 请他先下车，去附近商店换好零钱再回来。
answer: b
explanation: 中国人民银行2018年7月发布的第10号公告规定，除法律规定应当采用非现金
+ 方式的场合外，任何单位和个人不得拒收人民币现金，已有商户因此被罚款。
+ 您可以更喜欢手机支付，但客人要付现金就必须收下。
reference: https://loc.gov/law/foreign-news/article/china-central-bank-warns-businesses-not-to-refuse-cash/
reference: https://english.dotdotnews.com/a/202512/23/AP694a2ac5e4b0c32d4f640b17.html
tags: payment cash

id: basics-03-c02
lesson: basics-03
region: IN
situation: 一位印度客人在前台结账。您要把找的零钱和收据交给他，应该怎么递？
option_a: 用左手递过去，右手继续操作电脑。
option_b: 用右手或双手递到客人手里。
option_c: 放在柜台上推过去，不用看客人。
answer: b
explanation: 在印度和许多穆斯林国家，左手被视为不洁，用左手递钱、卡或食物会让人不快。
+ 用右手或双手递东西，对任何客人都显得尊重；在中国和日本，双手递接也是礼貌的表现。
+ 把东西推过去而不看客人，则显得冷淡。
reference: https://au.be.yahoo.com/travel/g/21395037/ten-rude-gestures-to-avoid-overseas/
reference: https://www.worldsim.com/blog/cultural-differences-hand-signals
reference: http://www.npr.org/sections/talk/2008/12/around_the_world_in_insults.html
tags: payment gestures
