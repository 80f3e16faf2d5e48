# SPDX-License-Identifier: CC-BY-4.0
# 国际礼仪 —— cordial 随附的礼仪手册
#
# 格式见 cordial-handbook(5)。每条记录之间空一行；"字段: 内容"；
# 以 "+ " 开头的行接续上一行的内容；以 # 开头的行是注释。
# 读音：zh_reading 为带声调的汉语拼音（"一""不"按变调标注），
# ja_reading 为平文式罗马字，ko_reading 为韩国语罗马字标记法（Revised Romanization）。
# 情景题中的礼仪事实都来自 reference 所列的资料。讲到某国、某个宗教的习惯时，
# 说的是"常见做法"，并不是每位客人都如此：拿不准就问客人，比凭国籍去猜更好。
# 本手册为青岛编写。控烟规定、货币等本地事实都记在记录的 local: 字段里，出处在
# local_source: 字段；改编给别的城市用时，'cordial handbook local courtesy.hb'
# 会列出所有要改的地方。
# local_source: 里注明"未核对"的，是还没有按正式文本（政府网站、法规原文）核对过的出处：
# 句子和注释不教它的条文号、钟点、区名或规定，local: 写明要核对什么、去哪里核对。

%rec: Handbook

id: courtesy
title: 国际礼仪
title_en: International courtesy
title_ja: 国際マナー
title_ko: 국제 매너
source: zh
languages: en ja ko
version: 3
description: 为青岛的司机、酒店员工和所有接待外国客人的市民准备：问候与称呼、
+ 个人空间、小费、排队与守时、礼物与名片、饮食与宗教习惯、数字颜色与手势禁忌、
+ 礼貌地拒绝、残障礼仪、尊重 LGBTQ 客人、拍照和吸烟。每课有情景题和配套用语。
editor: cordial 内容编辑组
license: CC BY 4.0

%rec: Lesson
%key: id

id: courtesy-01
title: 问候与称呼
title_en: Greetings and forms of address
order: 1
description: 合十礼、鞠躬与握手，不和异性握手的客人；Mr./Ms. 加姓，
+ 各国姓名的顺序，拿不准时怎样礼貌地问。

id: courtesy-02
title: 个人空间与身体接触
title_en: Personal space and touch
order: 2
description: 保持一臂距离，引路不拉不推，不摸别人的头，轮椅也是个人空间。

id: courtesy-03
title: 各地的小费习惯
title_en: Tipping around the world
order: 3
description: 美国客人为什么给小费，日本、韩国客人为什么不给；服务费；
+ 怎样得体地收下或婉拒小费。

id: courtesy-04
title: 排队与守时
title_en: Queueing and punctuality
order: 4
description: 按先后顺序服务，照顾需要优先的客人；接送客人要早到，
+ 会迟到就提前通知。

id: courtesy-05
title: 礼物与名片
title_en: Gifts and business cards
order: 5
description: 双手递接名片，当面拆礼物的含义，中国传统的送礼禁忌，
+ 包装颜色和鲜花的数量。

id: courtesy-06
title: 清真、洁食、素食与斋月
title_en: Halal, kosher, vegetarian food and Ramadan
order: 6
description: 如实说明菜里的猪肉和酒，素食与纯素的区别，斋月期间的用餐安排；
+ 最重要的是问客人，而不是凭宗教或国籍去猜。

id: courtesy-07
title: 数字、颜色与手势禁忌
title_en: Taboo numbers, colors and gestures
order: 7
description: 4、13、17 与 8；白色与红色；竖大拇指、OK 手势、勾手指招呼人。

id: courtesy-08
title: 礼貌地拒绝
title_en: Saying no politely
order: 8
description: 不拿"规定"当挡箭牌：表示理解，说明原因，给出替代办法，主动跟进。

id: courtesy-09
title: 残障礼仪
title_en: Disability etiquette
order: 9
description: 直接对客人本人说话，先问再帮，不碰轮椅，向视障客人报上自己，
+ 导盲犬在工作，不替客人判断能做什么。

id: courtesy-10
title: 尊重 LGBTQ 客人
title_en: LGBTQ-respectful service
order: 10
description: 中性地确认预订，不写想当然的"Mr. and Mrs."，套餐对所有客人一样，
+ 不猜性别，用客人希望的名字称呼。

id: courtesy-11
title: 拍照与肖像
title_en: Photographing people
order: 11
description: 拍人先问，被拒绝就作罢，拍孩子要父母同意；帮客人拍照；
+ 提醒客人哪里不能拍。

id: courtesy-12
title: 吸烟
title_en: Smoking
order: 12
description: 车上和室内不吸烟，礼貌地劝阻，告诉客人可以吸烟的地方。

%rec: Phrase
%key: id

# ---- 第1课：问候与称呼 ----

id: courtesy-01-001
lesson: courtesy-01
zh: 请问我该怎么称呼您？
zh_reading: qǐngwèn wǒ gāi zěnme chēnghu nín?
en: May I ask how you would like to be addressed?
en_alt: How would you like me to address you?
ja: お名前は何とお呼びすればよろしいでしょうか。
ja_reading: onamae wa nan to oyobi sureba yoroshii deshō ka.
ja_kana: おなまえ は なんと および すれば よろしいでしょう か。
ko: 어떻게 불러 드리면 될까요?
ko_reading: eotteoke bulleo deurimyeon doelkkayo?
note: 不确定客人的姓、名或称谓时，礼貌地问一句最稳妥，比猜错好得多。
register: polite
tags: address names

id: courtesy-01-002
lesson: courtesy-01
zh: 请问哪个是您的姓？
zh_reading: qǐngwèn nǎge shì nín de xìng?
en: Could you tell me which is your family name?
en_alt: Which is your surname, please?
ja: 失礼ですが、どちらが名字でしょうか。
ja_reading: shitsurei desu ga, dochira ga myōji deshō ka.
ja_kana: しつれいです が、 どちら が みょうじでしょう か。
ko: 실례지만 어느 쪽이 성이신가요?
ko_reading: sillyejiman eoneu jjogi seongisingayo?
note: 中文、日语、韩语和匈牙利语的名字通常姓在前；讲西班牙语的客人常有两个姓。
+ 拿不准就问，或者看护照上 Surname 一栏。
register: polite
tags: address names

id: courtesy-01-003
lesson: courtesy-01
zh: 很高兴见到您。
zh_reading: hěn gāoxìng jiàndào nín.
en: It's a pleasure to meet you.
en_alt: Nice to meet you.
ja: お会いできてうれしいです。
ja_reading: oai dekite ureshii desu.
ja_kana: おあいできて うれしいです。
ja_alt: お会いできて嬉しいです。
ko: 만나 뵙게 되어 반갑습니다.
ko_reading: manna boepge doeeo bangapseumnida.
note: 只在第一次见面时说。以前见过的客人要说 "Nice to see you again."。
register: polite
tags: greeting

id: courtesy-01-004
lesson: courtesy-01
zh: 您的名字我这样念对吗？
zh_reading: nín de míngzi wǒ zhèyàng niàn duì ma?
en: Am I saying your name correctly?
en_alt: Am I pronouncing your name right?
ja: お名前の読み方はこれで合っていますか。
ja_reading: onamae no yomikata wa kore de atte imasu ka.
ja_kana: おなまえ の よみかた は これ で あって います か。
ko: 제가 성함을 맞게 발음했나요?
ko_reading: jega seonghameul matge bareumhaennayo?
note: 先试着念一遍，再用这句确认。客人会觉得您重视他的名字。
register: polite
tags: names

id: courtesy-01-005
lesson: courtesy-01
zh: 欢迎您，加西亚女士。
zh_reading: huānyíng nín, Jiāxīyà nǚshì.
en: Welcome, Ms. García.
ja: ガルシア様、ようこそお越しくださいました。
ja_reading: Garushia-sama, yōkoso okoshi kudasaimashita.
ja_kana: ガルシアさま、 ようこそ おこし くださいました。
ko: 가르시아 님, 환영합니다.
ko_reading: Gareusia nim, hwanyeonghamnida.
note: 不知道女士是否已婚时用 Ms.（读作 miz）。Mr.、Ms. 后面接姓，不接名。
+ 西班牙语姓名如 María García López，称呼时用第一个姓 García。
register: polite
tags: greeting address names

# ---- 第2课：个人空间与身体接触 ----

id: courtesy-02-001
lesson: courtesy-02
zh: 我带您过去。
zh_reading: wǒ dài nín guòqu.
en: Let me show you the way.
en_alt: I'll show you the way.
ja: ご案内いたします。
ja_reading: goannai itashimasu.
ja_kana: ごあんないいたします。
ko: 제가 안내해 드리겠습니다.
ko_reading: jega annaehae deurigetseumnida.
note: 走在客人前面一点引路，用张开的手掌示意方向；不要拉客人的胳膊，也不要推客人的后背。
register: polite
tags: directions space

id: courtesy-02-002
lesson: courtesy-02
zh: 请小心头。
zh_reading: qǐng xiǎoxīn tóu.
en: Please mind your head.
en_alt: Watch your head, please.
ja: 頭にお気をつけください。
ja_reading: atama ni oki o tsuke kudasai.
ja_kana: あたま に おき を つけ ください。
ko: 머리 조심하세요.
ko_reading: meori josimhaseyo.
note: 客人上车时提醒。可以把手挡在车门框上，但不要把手放在客人的头上。
register: polite
tags: taxi safety touch

id: courtesy-02-003
lesson: courtesy-02
zh: 您的孩子真可爱！
zh_reading: nín de háizi zhēn kě'ài!
en: What a lovely child!
en_alt: Your child is adorable!
ja: かわいいお子様ですね。
ja_reading: kawaii okosama desu ne.
ja_kana: かわいい おこさまです ね。
ko: 아이가 정말 귀엽네요.
ko_reading: aiga jeongmal gwiyeomneyo.
note: 用话语和笑容表示喜爱就好。不要摸孩子的头，也不要没经父母同意就抱孩子。
register: polite
tags: children touch

id: courtesy-02-004
lesson: courtesy-02
zh: 不好意思，借过一下。
zh_reading: bù hǎoyìsi, jièguò yíxià.
en: Excuse me, may I get past?
en_alt: Excuse me, could I get through, please?
ja: 恐れ入ります、少し通していただけますか。
ja_reading: osoreirimasu, sukoshi tōshite itadakemasu ka.
ja_kana: おそれいります、 すこし とおして いただけます か。
ko: 실례합니다. 좀 지나가겠습니다.
ko_reading: sillyehamnida. jom jinagagetseumnida.
note: 在走廊或电梯里要从客人身边经过时说，等客人让开再走，不要直接挤过去。
register: polite
tags: space

# ---- 第3课：各地的小费习惯 ----

id: courtesy-03-001
lesson: courtesy-03
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
note: 公司规定不收小费时，用这句温和地婉拒，面带笑容；不要生硬地说 "No tip!"。
register: polite
tags: tipping refusing

id: courtesy-03-002
lesson: courtesy-03
zh: 在中国坐出租车一般不用给小费。
zh_reading: zài Zhōngguó zuò chūzūchē yìbān búyòng gěi xiǎofèi.
en: You don't usually need to tip taxi drivers in China.
en_alt: Tipping isn't expected in taxis here.
ja: 中国では、タクシーでチップを渡す必要は基本的にありません。
ja_reading: Chūgoku de wa, takushī de chippu o watasu hitsuyō wa kihonteki ni arimasen.
ja_kana: ちゅうごく で は、 タクシー で チップ を わたす ひつよう は きほんてき に ありません。
ko: 중국에서는 보통 택시 기사에게 팁을 주지 않아도 됩니다.
ko_reading: junggugeseoneun botong taeksi gisaege tibeul juji anado doemnida.
note: 客人问 "Should I tip?" 时这样回答，按计价器付车费就可以。
register: polite
tags: tipping taxi

id: courtesy-03-003
lesson: courtesy-03
zh: 账单里已经含百分之十的服务费。
zh_reading: zhàngdān lǐ yǐjīng hán bǎi fēn zhī shí de fúwùfèi.
en: A ten percent service charge is already included in the bill.
en_alt: The bill already includes a ten percent service charge.
ja: お会計には10パーセントのサービス料が含まれております。
ja_reading: okaikei ni wa juppāsento no sābisuryō ga fukumarete orimasu.
ja_kana: おかいけい に は じゅっパーセント の サービスりょう が ふくまれて おります。
ko: 계산서에 10퍼센트 봉사료가 이미 포함되어 있습니다.
ko_reading: gyesanseoe sip peosenteu bongsaryoga imi pohamdoeeo itseumnida.
note: 只在账单确实收了服务费时说，比例按本店的实际情况改。
register: polite
tags: tipping payment

id: courtesy-03-004
lesson: courtesy-03
zh: 非常感谢，您太客气了。
zh_reading: fēicháng gǎnxiè, nín tài kèqi le.
en: Thank you very much. That's very generous of you.
en_alt: Thank you, that's very kind of you.
ja: ご丁寧にありがとうございます。
ja_reading: goteinei ni arigatō gozaimasu.
ja_kana: ごていねい に ありがとうございます。
ko: 정말 감사합니다. 마음 써 주셔서 고맙습니다.
ko_reading: jeongmal gamsahamnida. maeum sseo jusyeoseo gomapseumnida.
note: 只有公司允许收小费时，收下客人给的小费才用这句。
register: polite
tags: tipping thanks

# ---- 第4课：排队与守时 ----

id: courtesy-04-001
lesson: courtesy-04
zh: 不好意思，请您排队。
zh_reading: bù hǎoyìsi, qǐng nín páiduì.
en: Excuse me, could you join the queue, please?
en_alt: Excuse me, could you please wait in line?
ja: 恐れ入りますが、列にお並びください。
ja_reading: osoreirimasu ga, retsu ni onarabi kudasai.
ja_kana: おそれいります が、 れつ に おならび ください。
ko: 죄송하지만 줄을 서 주시겠어요?
ko_reading: joesonghajiman jureul seo jusigesseoyo?
note: 英国人多说 queue，美国人多说 line，两种都对。语气要平和，不要用手拉或推客人。
register: polite
tags: queue

id: courtesy-04-002
lesson: courtesy-04
zh: 下一位，请。
zh_reading: xià yí wèi, qǐng.
en: Next, please.
en_alt: Next guest, please.
ja: 次の方、どうぞ。
ja_reading: tsugi no kata, dōzo.
ja_kana: つぎ の かた、 どうぞ。
ko: 다음 분, 이쪽으로 오세요.
ko_reading: daeum bun, ijjogeuro oseyo.
note: 叫下一位时看着队首的客人，用张开的手掌示意，不要勾手指。
register: polite
tags: queue

id: courtesy-04-003
lesson: courtesy-04
zh: 您先请。
zh_reading: nín xiān qǐng.
en: After you, please.
en_alt: Please go ahead.
ja: どうぞお先に。
ja_reading: dōzo osaki ni.
ja_kana: どうぞ おさきに。
ko: 먼저 하세요.
ko_reading: meonjeo haseyo.
note: 请老人、残障客人或带小孩的客人先办理、先进电梯时说。
register: polite
tags: queue priority

id: courtesy-04-004
lesson: courtesy-04
zh: 我会提前十分钟到。
zh_reading: wǒ huì tíqián shí fēnzhōng dào.
en: I'll be there ten minutes early.
ja: 10分前には到着いたします。
ja_reading: juppun mae ni wa tōchaku itashimasu.
ja_kana: じゅっぷん まえ に は とうちゃくいたします。
ko: 10분 일찍 도착하겠습니다.
ko_reading: sip bun iljjik dochakagetseumnida.
note: 接机、接重要客人时要比约定时间早到，不要掐着点到。
register: polite
tags: punctuality

id: courtesy-04-005
lesson: courtesy-04
zh: 非常抱歉，路上堵车，我大概会晚到十分钟。
zh_reading: fēicháng bàoqiàn, lùshang dǔchē, wǒ dàgài huì wǎn dào shí fēnzhōng.
en: I'm very sorry, the traffic is heavy. I'll be about ten minutes late.
en_alt: I'm so sorry, I'm stuck in traffic. I'll be about ten minutes late.
ja: 大変申し訳ございません。道が混んでおりまして、10分ほど遅れそうです。
ja_reading: taihen mōshiwake gozaimasen. michi ga konde orimashite, juppun hodo okuresō desu.
ja_kana: たいへん もうしわけございません。 みち が こんで おりまして、 じゅっぷん ほど おくれそうです。
ko: 정말 죄송합니다. 길이 막혀서 10분 정도 늦을 것 같습니다.
ko_reading: jeongmal joesonghamnida. giri makyeoseo sip bun jeongdo neujeul geot gatseumnida.
note: 一知道要迟到就马上打电话或发消息，说清楚大概晚多久，不要等到了再解释。
register: polite
tags: punctuality phone

# ---- 第5课：礼物与名片 ----

id: courtesy-05-001
lesson: courtesy-05
zh: 这是我的名片。
zh_reading: zhè shì wǒ de míngpiàn.
en: Here is my business card.
en_alt: Here's my card.
ja: こちら、わたくしの名刺でございます。どうぞよろしくお願いいたします。
ja_reading: kochira, watakushi no meishi de gozaimasu. dōzo yoroshiku onegai itashimasu.
ja_kana: こちら、 わたくし の めいしでございます。 どうぞ よろしく おねがいいたします。
ko: 제 명함입니다. 잘 부탁드립니다.
ko_reading: je myeonghamimnida. jal butakdeurimnida.
note: 用双手递出。英语里没有"请多关照"这样的客套话，递名片时说这句、再微笑就很得体。
register: polite
tags: business-card

id: courtesy-05-002
lesson: courtesy-05
zh: 能给我一张您的名片吗？
zh_reading: néng gěi wǒ yì zhāng nín de míngpiàn ma?
en: May I have your business card?
en_alt: Could I have your card, please?
ja: お名刺を一枚いただけますか。
ja_reading: omeishi o ichimai itadakemasu ka.
ja_kana: おめいし を いちまい いただけます か。
ko: 명함 한 장 받을 수 있을까요?
ko_reading: myeongham han jang badeul su isseulkkayo?
note: 接名片要用双手，看一看上面的名字和职务，不要马上塞进口袋。
register: polite
tags: business-card

id: courtesy-05-003
lesson: courtesy-05
zh: 这是酒店送您的一份小礼物。
zh_reading: zhè shì jiǔdiàn sòng nín de yí fèn xiǎo lǐwù.
en: This is a small gift from the hotel.
en_alt: Here's a little something from the hotel.
ja: ホテルからのささやかな贈り物でございます。
ja_reading: hoteru kara no sasayaka na okurimono de gozaimasu.
ja_kana: ホテル から の ささやかな おくりものでございます。
ko: 호텔에서 드리는 작은 선물입니다.
ko_reading: hotereseo deurineun jageun seonmurimnida.
note: 双手递上。很多西方客人会当面打开礼物并道谢，这是礼貌，不是失礼。
register: polite
tags: gifts

id: courtesy-05-004
lesson: courtesy-05
zh: 在中国，一般不送钟作礼物。
zh_reading: zài Zhōngguó, yìbān bú sòng zhōng zuò lǐwù.
en: In China, people don't usually give clocks as gifts.
ja: 中国では、時計は贈り物にしないのが一般的です。
ja_reading: Chūgoku de wa, tokei wa okurimono ni shinai no ga ippanteki desu.
ja_kana: ちゅうごく で は、 とけい は おくりもの に しない の が いっぱんてきです。
ko: 중국에서는 보통 시계를 선물하지 않습니다.
ko_reading: junggugeseoneun botong sigyereul seonmulhaji anseumnida.
note: 外国客人向您打听送礼习俗时用。原因是"送钟"听起来像"送终"；
+ 梨、刀剪、白色或黄色的菊花和四件一套的东西，传统上也不宜送。
register: neutral
tags: gifts taboo

id: courtesy-05-005
lesson: courtesy-05
zh: 要用红色的包装纸吗？
zh_reading: yào yòng hóngsè de bāozhuāngzhǐ ma?
en: Would you like it wrapped in red paper?
ja: 赤い包装紙でお包みしましょうか。
ja_reading: akai hōsōshi de otsutsumi shimashō ka.
ja_kana: あかい ほうそうし で おつつみ しましょう か。
ko: 빨간 포장지로 포장해 드릴까요?
ko_reading: ppalgan pojangjiro pojanghae deurilkkayo?
note: 礼物要送给中国朋友时可以这样建议：红色喜庆；白色、黑色、灰色的包装容易让人联想到丧事。
register: polite
tags: gifts colors

# ---- 第6课：清真、洁食、素食与斋月 ----

id: courtesy-06-001
lesson: courtesy-06
zh: 这道菜里有猪肉。
zh_reading: zhè dào cài lǐ yǒu zhūròu.
en: This dish contains pork.
en_alt: There's pork in this dish.
ja: このお料理には豚肉が入っております。
ja_reading: kono oryōri ni wa butaniku ga haitte orimasu.
ja_kana: この おりょうり に は ぶたにく が はいって おります。
ko: 이 요리에는 돼지고기가 들어 있습니다.
ko_reading: i yorieneun dwaejigogiga deureo itseumnida.
note: 猪油、猪骨汤这些看不见的猪肉成分也要说明，不能因为"看不到肉"就说没有。
register: neutral
tags: food halal

id: courtesy-06-002
lesson: courtesy-06
zh: 这道菜用了酒。
zh_reading: zhè dào cài yòngle jiǔ.
en: This dish is cooked with alcohol.
en_alt: There's alcohol in this dish.
ja: このお料理にはお酒を使っております。
ja_reading: kono oryōri ni wa osake o tsukatte orimasu.
ja_kana: この おりょうり に は おさけ を つかって おります。
ko: 이 요리에는 술이 들어갑니다.
ko_reading: i yorieneun suri deureogamnida.
note: 用料酒、啤酒或米酒做的菜和酱汁都算。不喝酒的客人（例如很多穆斯林客人）会想知道。
register: neutral
tags: food halal alcohol

id: courtesy-06-003
lesson: courtesy-06
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
note: 点菜或安排宴请前先问，比凭客人的国籍、宗教或穿着去猜可靠得多。
register: polite
tags: food

id: courtesy-06-004
lesson: courtesy-06
zh: 这道菜是素的，没有肉，也没有鱼。
zh_reading: zhè dào cài shì sù de, méiyǒu ròu, yě méiyǒu yú.
en: This dish is vegetarian. It has no meat or fish.
ja: こちらはベジタリアン向けのお料理で、肉も魚も入っておりません。
ja_reading: kochira wa bejitarian-muke no oryōri de, niku mo sakana mo haitte orimasen.
ja_kana: こちら は ベジタリアンむけ の おりょうり で、 にく も さかな も はいって おりません。
ko: 이 요리는 채식 메뉴로, 고기나 생선이 들어 있지 않습니다.
ko_reading: i yorineun chaesik menyuro, gogina saengseoni deureo itji anseumnida.
note: 很多素食（vegetarian）客人吃蛋和奶，纯素（vegan）客人不吃任何动物制品。
+ 菜里有鸡蛋、牛奶、黄油或荤汤时要另外说明。
register: neutral
tags: food vegetarian

id: courtesy-06-005
lesson: courtesy-06
zh: 附近有一家清真餐厅。
zh_reading: fùjìn yǒu yì jiā qīngzhēn cāntīng.
en: There's a halal restaurant nearby.
ja: 近くにハラールのレストランがございます。
ja_reading: chikaku ni harāru no resutoran ga gozaimasu.
ja_kana: ちかく に ハラール の レストラン が ございます。
ko: 근처에 할랄 식당이 있습니다.
ko_reading: geuncheoe hallal sikdangi itseumnida.
note: "清真"的英语是 halal。最好把餐厅的中文名称和地址写给客人，方便给司机看。
register: neutral
tags: food halal directions

id: courtesy-06-006
lesson: courtesy-06
zh: 我去跟厨房确认一下。
zh_reading: wǒ qù gēn chúfáng quèrèn yíxià.
en: I'll check with the kitchen.
en_alt: Let me check with the chef.
ja: 厨房に確認してまいります。
ja_reading: chūbō ni kakunin shite mairimasu.
ja_kana: ちゅうぼう に かくにん して まいります。
ko: 주방에 확인해 보겠습니다.
ko_reading: jubange hwaginhae bogetseumnida.
note: 不确定菜里有没有某种成分时，不要猜"应该没有"，先问清楚再回答客人。
register: polite
tags: food

# ---- 第7课：数字、颜色与手势禁忌 ----

id: courtesy-07-001
lesson: courtesy-07
zh: 如果您愿意，我可以给您换一个房间。
zh_reading: rúguǒ nín yuànyì, wǒ kěyǐ gěi nín huàn yí ge fángjiān.
en: I can move you to another room if you'd like.
en_alt: Would you like me to change your room?
ja: よろしければ、別のお部屋をご用意いたします。
ja_reading: yoroshikereba, betsu no oheya o goyōi itashimasu.
ja_kana: よろしければ、 べつ の おへや を ごよういいたします。
ko: 원하시면 다른 방으로 바꿔 드리겠습니다.
ko_reading: wonhasimyeon dareun bangeuro bakkwo deurigetseumnida.
note: 客人在意房号或楼层时，有空房就爽快地换，不要追问原因，也不要说"这是迷信"。
register: polite
tags: numbers rooms

id: courtesy-07-002
lesson: courtesy-07
zh: 这栋楼没有四楼和十三楼。
zh_reading: zhè dòng lóu méiyǒu sì lóu hé shísān lóu.
en: This building has no fourth or thirteenth floor.
en_alt: There's no fourth or thirteenth floor in this building.
ja: この建物には4階と13階がございません。
ja_reading: kono tatemono ni wa yonkai to jūsankai ga gozaimasen.
ja_kana: この たてもの に は よんかい と じゅうさんかい が ございません。
ko: 이 건물에는 4층과 13층이 없습니다.
ko_reading: i geonmureneun sacheunggwa sipsamcheungi eopseumnida.
note: 只在本楼确实如此时说。很多楼跳过4（中文、日语、韩语里与"死"音近）和13（西方认为不吉利）。
register: neutral
tags: numbers

id: courtesy-07-003
lesson: courtesy-07
zh: 在中文里，"四"听起来像"死"。
zh_reading: zài Zhōngwén lǐ, "sì" tīng qǐlai xiàng "sǐ".
en: In Chinese, the word for "four" sounds like the word for "death".
en_alt: In Chinese, "four" sounds like "death".
note: 外国客人问为什么电梯里没有4楼、房号里没有4时，用这句解释。
+ 日语、韩语里"四"和"死"的读音也相近，日本、韩国客人一般都知道。
register: neutral
tags: numbers

id: courtesy-07-004
lesson: courtesy-07
zh: 都准备好了。
zh_reading: dōu zhǔnbèi hǎo le.
en: Everything's ready.
en_alt: You're all set.
ja: すべて準備が整いました。
ja_reading: subete junbi ga totonoimashita.
ja_kana: すべて じゅんび が ととのいました。
ko: 모든 준비가 끝났습니다.
ko_reading: modeun junbiga kkeunnatseumnida.
note: 用一句话告诉客人"好了"，比竖大拇指或比 OK 手势稳妥：这两个手势在一些国家是粗鲁的意思。
register: polite
tags: gestures

id: courtesy-07-005
lesson: courtesy-07
zh: 就在那边，您的右手边。
zh_reading: jiù zài nàbiān, nín de yòushǒubiān.
en: It's just over there, on your right.
ja: あちらの右手にございます。
ja_reading: achira no migite ni gozaimasu.
ja_kana: あちら の みぎて に ございます。
ko: 바로 저쪽, 오른편에 있습니다.
ko_reading: baro jeojjok, oreunpyeone itseumnida.
note: 指方向时五指并拢、手掌张开，不要用一根手指指人或指路。
register: polite
tags: gestures directions

# ---- 第8课：礼貌地拒绝 ----

id: courtesy-08-001
lesson: courtesy-08
zh: 很抱歉，今晚已经客满了。
zh_reading: hěn bàoqiàn, jīnwǎn yǐjīng kèmǎn le.
en: I'm afraid we're fully booked tonight.
en_alt: I'm sorry, we're fully booked tonight.
ja: あいにく、今夜は満室でございます。
ja_reading: ainiku, kon'ya wa manshitsu de gozaimasu.
ja_kana: あいにく、 こんや は まんしつでございます。
ko: 죄송하지만 오늘 밤은 객실이 모두 찼습니다.
ko_reading: joesonghajiman oneul bameun gaeksiri modu chatseumnida.
note: 说完要马上给出办法，例如帮客人问附近的酒店，不要只说一句 "No."。
register: polite
tags: refusing hotel

id: courtesy-08-002
lesson: courtesy-08
zh: 很抱歉，您的房间还没准备好，我们可以先帮您寄存行李。
zh_reading: hěn bàoqiàn, nín de fángjiān hái méi zhǔnbèi hǎo, wǒmen kěyǐ xiān bāng nín jìcún xíngli.
en: I'm sorry, your room isn't ready yet, but we can keep your luggage for you.
en_alt: Unfortunately, your room isn't ready yet, but we'd be happy to store your bags.
ja: 申し訳ございません。お部屋の準備がまだ整っておりませんので、先にお荷物をお預かりいたします。
ja_reading: mōshiwake gozaimasen. oheya no junbi ga mada totonotte orimasen node, saki ni onimotsu o oazukari itashimasu.
ja_kana: もうしわけございません。 おへや の じゅんび が まだ ととのって おりません ので、 さき に おにもつ を おあずかりいたします。
ko: 죄송합니다. 객실이 아직 준비되지 않았습니다. 짐은 먼저 맡아 드리겠습니다.
ko_reading: joesonghamnida. gaeksiri ajik junbidoeji anatseumnida. jimeun meonjeo mata deurigetseumnida.
note: 客人想提前入住而房间没好时用：先道歉、说明原因，再给出办法。
register: polite
tags: refusing hotel

id: courtesy-08-003
lesson: courtesy-08
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
note: 说了就要做到：记下客人的电话号码，房间好了真的打过去。
register: polite
tags: refusing follow-up

id: courtesy-08-004
lesson: courtesy-08
zh: 抱歉，这里不能停车，我在前面停。
zh_reading: bàoqiàn, zhèlǐ bù néng tíngchē, wǒ zài qiánmiàn tíng.
en: I'm afraid I can't stop here. I'll stop just ahead.
en_alt: Sorry, I can't stop here, but I'll stop just up ahead.
ja: 申し訳ございませんが、ここでは停められません。少し先で停めます。
ja_reading: mōshiwake gozaimasen ga, koko de wa tomeraremasen. sukoshi saki de tomemasu.
ja_kana: もうしわけございません が、 ここ で は とめられません。 すこし さき で とめます。
ko: 죄송하지만 여기는 정차할 수 없습니다. 조금 앞에서 세워 드리겠습니다.
ko_reading: joesonghajiman yeogineun jeongchahal su eopseumnida. jogeum apeseo sewo deurigetseumnida.
note: 乘客要在不能停车的地方下车时用，并说清楚会停在哪里。
register: polite
tags: refusing taxi

id: courtesy-08-005
lesson: courtesy-08
zh: 我完全理解。
zh_reading: wǒ wánquán lǐjiě.
en: I completely understand.
en_alt: I understand how you feel.
ja: お気持ちはよくわかります。
ja_reading: okimochi wa yoku wakarimasu.
ja_kana: おきもち は よく わかります。
ko: 충분히 이해합니다.
ko_reading: chungbunhi ihaehamnida.
note: 拒绝之前先用这句表示理解，再说原因和替代办法。不要一开口就是 "It's our policy."。
register: polite
tags: refusing

# ---- 第9课：残障礼仪 ----

id: courtesy-09-001
lesson: courtesy-09
zh: 需要我帮忙吗？
zh_reading: xūyào wǒ bāngmáng ma?
en: Would you like some help?
en_alt: Can I help you with that?
ja: お手伝いしましょうか。
ja_reading: otetsudai shimashō ka.
ja_kana: おてつだい しましょう か。
ko: 도와 드릴까요?
ko_reading: dowa deurilkkayo?
note: 先问，等对方同意后再动手。对方说 "No, thank you." 就不要坚持。
register: polite
tags: disability help

id: courtesy-09-002
lesson: courtesy-09
zh: 我该怎么帮您？
zh_reading: wǒ gāi zěnme bāng nín?
en: How would you like me to help?
en_alt: How can I best help you?
ja: どのようにお手伝いすればよろしいでしょうか。
ja_reading: dono yō ni otetsudai sureba yoroshii deshō ka.
ja_kana: どの よう に おてつだい すれば よろしいでしょう か。
ko: 어떻게 도와 드리면 될까요?
ko_reading: eotteoke dowa deurimyeon doelkkayo?
note: 客人接受帮助以后再问这一句，按客人说的方式帮，不要自作主张。
register: polite
tags: disability help

id: courtesy-09-003
lesson: courtesy-09
zh: 您好，我是前台的小王。
zh_reading: nín hǎo, wǒ shì qiántái de Xiǎo Wáng.
en: Hello, this is Wang from the front desk.
en_alt: Hello, I'm Wang from the front desk.
ja: こんにちは。フロントのワンでございます。
ja_reading: konnichiwa. furonto no Wan de gozaimasu.
ja_kana: こんにちは。 フロント の ワンでございます。
ko: 안녕하세요. 프런트 직원 왕입니다.
ko_reading: annyeonghaseyo. peureonteu jigwon wangimnida.
note: 走近视障客人时先报上名字和部门，客人才知道是谁在和他说话。英语里只说姓，不要说"小"。
register: polite
tags: disability blind

id: courtesy-09-004
lesson: courtesy-09
zh: 我先走了，有需要请随时叫我。
zh_reading: wǒ xiān zǒu le, yǒu xūyào qǐng suíshí jiào wǒ.
en: I'm leaving now. Please call me if you need anything.
en_alt: I'll leave you now. Just call if you need anything.
ja: それでは失礼いたします。何かございましたら、いつでもお呼びください。
ja_reading: soredewa shitsurei itashimasu. nanika gozaimashitara, itsudemo oyobi kudasai.
ja_kana: それでは しつれいいたします。 なに かございましたら、 いつ でも および ください。
ko: 이만 가 보겠습니다. 필요하시면 언제든지 불러 주세요.
ko_reading: iman ga bogetseumnida. piryohasimyeon eonjedeunji bulleo juseyo.
note: 离开视障客人身边时一定要说一声，免得客人以为您还在。
register: polite
tags: disability blind

id: courtesy-09-005
lesson: courtesy-09
zh: 导盲犬可以和您一起上车。
zh_reading: dǎomángquǎn kěyǐ hé nín yìqǐ shàng chē.
en: Your guide dog is welcome to ride with you.
en_alt: Your guide dog can come in the car with you.
ja: 盲導犬もご一緒にお乗りいただけます。
ja_reading: mōdōken mo goissho ni onori itadakemasu.
ja_kana: もうどうけん も ごいっしょ に おのり いただけます。
ko: 안내견도 함께 타셔도 됩니다.
ko_reading: annaegyeondo hamkke tasyeodo doemnida.
note: 导盲犬在工作：不要摸它、喂它，也不要逗它或跟它说话。
register: polite
tags: disability guide-dog taxi

# ---- 第10课：尊重 LGBTQ 客人 ----

id: courtesy-10-001
lesson: courtesy-10
zh: 晚上好，欢迎光临。
zh_reading: wǎnshang hǎo, huānyíng guānglín.
en: Good evening, and welcome.
en_alt: Good evening, welcome.
ja: こんばんは。ようこそいらっしゃいました。
ja_reading: konbanwa. yōkoso irasshaimashita.
ja_kana: こんばんは。 ようこそ いらっしゃいました。
ko: 안녕하세요. 어서 오세요.
ko_reading: annyeonghaseyo. eoseo oseyo.
note: 不确定客人的性别时，问候里不加 sir 或 madam，这样对谁都不会出错。
register: polite
tags: greeting lgbtq

id: courtesy-10-002
lesson: courtesy-10
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
note: 对任何客人都用同样中性的方式确认。同性客人订了一张大床，不要问"确定吗？"，也不要暗示他们订错了。
register: polite
tags: check-in lgbtq

id: courtesy-10-003
lesson: courtesy-10
zh: 入住期间，您希望我们怎么称呼您？
zh_reading: rùzhù qījiān, nín xīwàng wǒmen zěnme chēnghu nín?
en: What name would you like us to use during your stay?
en_alt: What would you like us to call you during your stay?
ja: ご滞在中は、どのようにお呼びすればよろしいでしょうか。
ja_reading: gotaizaichū wa, dono yō ni oyobi sureba yoroshii deshō ka.
ja_kana: ごたいざいちゅう は、 どの よう に および すれば よろしいでしょう か。
ko: 머무시는 동안 어떻게 불러 드리면 좋을까요?
ko_reading: meomusineun dongan eotteoke bulleo deurimyeon joeulkkayo?
note: 客人常用的名字和证件上的不一样时问。证件信息照常登记，称呼和留言用客人选的名字。
register: polite
tags: names lgbtq

id: courtesy-10-004
lesson: courtesy-10
zh: 这个套餐所有客人都可以订。
zh_reading: zhège tàocān suǒyǒu kèrén dōu kěyǐ dìng.
en: This package is available to all our guests.
en_alt: Any of our guests can book this package.
ja: こちらのプランは、どなたでもご利用いただけます。
ja_reading: kochira no puran wa, donata demo goriyō itadakemasu.
ja_kana: こちら の プラン は、 どなた でも ごりよう いただけます。
ko: 이 패키지는 모든 고객님이 이용하실 수 있습니다.
ko_reading: i paekijineun modeun gogaengnimi iyonghasil su itseumnida.
note: 蜜月、情人节等套餐对每一对客人都一样介绍，不要先问"二位是什么关系"。
register: polite
tags: lgbtq hotel

id: courtesy-10-005
lesson: courtesy-10
zh: 欢迎二位。
zh_reading: huānyíng èr wèi.
en: Welcome to you both.
en_alt: Welcome, both of you.
ja: お二人とも、ようこそお越しくださいました。
ja_reading: ofutari tomo, yōkoso okoshi kudasaimashita.
ja_kana: おふたり とも、 ようこそ おこし くださいました。
ko: 두 분 모두 환영합니다.
ko_reading: du bun modu hwanyeonghamnida.
note: 同时欢迎两位客人，不用猜他们是什么关系。
register: polite
tags: greeting lgbtq

# ---- 第11课：拍照与肖像 ----

id: courtesy-11-001
lesson: courtesy-11
zh: 需要我帮您拍张照吗？
zh_reading: xūyào wǒ bāng nín pāi zhāng zhào ma?
en: Would you like me to take a photo?
en_alt: Would you like me to take a picture of you?
ja: 写真をお撮りしましょうか。
ja_reading: shashin o otori shimashō ka.
ja_kana: しゃしん を おとり しましょう か。
ko: 사진 찍어 드릴까요?
ko_reading: sajin jjigeo deurilkkayo?
note: 看到客人在自拍或轮流拍照时主动问；客人同意后再接过手机，拍完双手递回。
register: polite
tags: photo help

id: courtesy-11-002
lesson: courtesy-11
zh: 我可以给您拍张照吗？
zh_reading: wǒ kěyǐ gěi nín pāi zhāng zhào ma?
en: May I take your photo?
en_alt: Would you mind if I took your picture?
ja: お写真を撮らせていただいてもよろしいですか。
ja_reading: oshashin o torasete itadaite mo yoroshii desu ka.
ja_kana: おしゃしん を とらせて いただいて も よろしいです か。
ko: 사진을 찍어도 될까요?
ko_reading: sajineul jjigeodo doelkkayo?
note: 想拍客人本人时一定先问，对方说 "No." 就马上放下手机。拍孩子要先征得父母同意。
register: polite
tags: photo consent

id: courtesy-11-003
lesson: courtesy-11
zh: 抱歉，这里不能拍照。
zh_reading: bàoqiàn, zhèlǐ bù néng pāizhào.
en: I'm sorry, photos aren't allowed here.
en_alt: I'm afraid photography isn't permitted here.
ja: 申し訳ございませんが、こちらは撮影禁止となっております。
ja_reading: mōshiwake gozaimasen ga, kochira wa satsuei kinshi to natte orimasu.
ja_kana: もうしわけございません が、 こちら は さつえい きんし と なって おります。
ko: 죄송하지만 이곳은 사진 촬영이 금지되어 있습니다.
ko_reading: joesonghajiman igoseun sajin chwaryeongi geumjidoeeo itseumnida.
note: 军事设施附近、一些寺庙和博物馆禁止拍照。客人多半看不懂中文标志，要提前、平和地提醒。
register: polite
tags: photo rules

id: courtesy-11-004
lesson: courtesy-11
zh: 要再拍一张吗？
zh_reading: yào zài pāi yì zhāng ma?
en: Would you like another one?
en_alt: Shall I take one more?
ja: もう一枚お撮りしましょうか。
ja_reading: mō ichimai otori shimashō ka.
ja_kana: もう いちまい おとり しましょう か。
ko: 한 장 더 찍어 드릴까요?
ko_reading: han jang deo jjigeo deurilkkayo?
note: 拍完后问一句，请客人看看照片满不满意。
register: polite
tags: photo help

id: courtesy-11-005
lesson: courtesy-11
zh: 准备好了吗？一、二、三！
zh_reading: zhǔnbèi hǎo le ma? yī, èr, sān!
en: Ready? One, two, three!
en_alt: Ready? Say cheese!
ja: 撮りますよ。はい、チーズ。
ja_reading: torimasu yo. hai, chīzu.
ja_kana: とります よ。 はい、 チーズ。
ko: 찍겠습니다. 하나, 둘, 셋!
ko_reading: jjikgetseumnida. hana, dul, set!
register: neutral
tags: photo

# ---- 第12课：吸烟 ----

id: courtesy-12-001
lesson: courtesy-12
zh: 抱歉，车里不能抽烟。
zh_reading: bàoqiàn, chē lǐ bù néng chōuyān.
en: I'm sorry, smoking isn't allowed in the car.
en_alt: I'm afraid you can't smoke in the car.
ja: 申し訳ございませんが、車内は禁煙です。
ja_reading: mōshiwake gozaimasen ga, shanai wa kin'en desu.
ja_kana: もうしわけございません が、 しゃない は きんえんです。
ko: 죄송하지만 차 안에서는 담배를 피우실 수 없습니다.
ko_reading: joesonghajiman cha aneseoneun dambaereul piusil su eopseumnida.
note: 乘客一拿出烟就礼貌地说，不要等车里满是烟味再说。《青岛市控制吸烟条例》禁止在
+ 出租汽车内吸烟。
register: polite
tags: smoking taxi
local: 出租汽车内禁止吸烟（《青岛市控制吸烟条例》）
local_source: 《青岛市控制吸烟条例》（青岛市人大常委会 2013 年 6 月 27 日通过，2013 年 9 月 1 日起施行）；条文号未按正式文本核对，不写

id: courtesy-12-002
lesson: courtesy-12
zh: 室内不能吸烟，吸烟区在正门外面。
zh_reading: shìnèi bù néng xīyān, xīyānqū zài zhèngmén wàimian.
en: Smoking isn't allowed indoors, but there's a smoking area outside the main entrance.
ja: 館内は禁煙となっております。喫煙所は正面玄関の外にございます。
ja_reading: kannai wa kin'en to natte orimasu. kitsuenjo wa shōmen genkan no soto ni gozaimasu.
ja_kana: かんない は きんえん と なって おります。 きつえんじょ は しょうめん げんかん の そと に ございます。
ko: 실내에서는 흡연하실 수 없습니다. 흡연 구역은 정문 밖에 있습니다.
ko_reading: sillaeeseoneun heubyeonhasil su eopseumnida. heubyeon guyeogeun jeongmun bakke itseumnida.
note: 按本酒店吸烟区的实际位置说。告诉客人哪里能抽，比只说"不行"好得多。
register: polite
tags: smoking hotel
local: 室内公共场所禁止吸烟（《青岛市控制吸烟条例》）；吸烟区的位置按本酒店实际
local_source: 《青岛市控制吸烟条例》（青岛市人大常委会 2013 年 6 月 27 日通过，2013 年 9 月 1 日起施行）；条文号未按正式文本核对，不写

id: courtesy-12-003
lesson: courtesy-12
zh: 要不要我找个地方停一下，让您下车抽支烟？
zh_reading: yào bu yào wǒ zhǎo ge dìfang tíng yíxià, ràng nín xià chē chōu zhī yān?
en: Would you like me to stop somewhere so you can have a cigarette?
ja: どこかで車を停めて、一服なさいますか。
ja_reading: dokoka de kuruma o tomete, ippuku nasaimasu ka.
ja_kana: どこ か で くるま を とめて、 いっぷく なさいます か。
ko: 담배 피우실 수 있게 잠깐 차를 세워 드릴까요?
ko_reading: dambae piusil su itge jamkkan chareul sewo deurilkkayo?
note: 路程较长、乘客想抽烟时可以这样提议，在能安全停车的地方停。
register: polite
tags: smoking taxi

id: courtesy-12-004
lesson: courtesy-12
zh: 这一层全是无烟客房。
zh_reading: zhè yì céng quán shì wúyān kèfáng.
en: All the rooms on this floor are non-smoking.
en_alt: This is a non-smoking floor.
ja: このフロアは全室禁煙でございます。
ja_reading: kono furoa wa zenshitsu kin'en de gozaimasu.
ja_kana: この フロア は ぜんしつ きんえんでございます。
ko: 이 층은 전 객실 금연입니다.
ko_reading: i cheungeun jeon gaeksil geumyeonimnida.
note: 只在酒店实际如此时说。客人要吸烟客房时，先查本店还有没有，再如实告诉客人。
register: neutral
tags: smoking hotel

%rec: Courtesy
%key: id

# ---- 第1课：问候与称呼 ----

id: courtesy-01-c01
lesson: courtesy-01
region: TH
situation: 您是酒店行李员，刚把一位泰国客人的行李送进房间。客人双手合十、
+ 微微低头向您致谢。您怎么回应最合适？
option_a: 赶紧也双手合十，深深地鞠一躬回礼，比客人弯得越低，越显得尊重和周到。
option_b: 伸出手去和客人握手，感谢他的客气。
option_c: 微笑着轻轻回一个合十礼，说 "You're welcome."。
option_d: 觉得不好意思，装作没看见，转身离开房间。
answer: c
explanation: 双手合十、微微低头是泰国常见的问候和致谢方式，叫 wai（合十礼）。
+ 客人真诚地向您合十，习惯上要回礼：双手在胸前轻轻合十、微笑，再说一句
+ "You're welcome." 或 "My pleasure." 就很得体。回礼不必比客人更低更重，
+ 鞠躬太深反而让客人不自在；主动伸手或装作没看见也不合适。
reference: https://en.wikipedia.org/wiki/Wai_(gesture)
tags: greeting gestures

id: courtesy-01-c02
lesson: courtesy-01
region: JP
situation: 您去机场接一位日本商务客人。见面时，客人微微欠身，同时伸出了手。
+ 您应该怎么做？
option_a: 微微点头欠身，同时和他握手，力度适中。
option_b: 紧紧握住他的手使劲摇几下，再拍拍他的肩膀，显得热情。
option_c: 不握手，改为深深鞠躬九十度。
option_d: 只点点头，不理会他伸出的手。
answer: a
explanation: 和日本客人握手很常见，常常同时微微鞠躬。握手时力度适中，不要用力攥紧，
+ 也不要拍肩膀。客人已经伸出手，就自然地握一下；不握手、或者只顾自己深鞠躬，
+ 都会让对方尴尬。
reference: https://countrynavigator.com/blog/global-talent/greetings/
reference: https://en.wikipedia.org/wiki/Bowing_in_Japan
tags: greeting handshake

id: courtesy-01-c03
lesson: courtesy-01
region: ES MX
situation: 一位客人的护照和订单上写着 "María García López"。
+ 您在前台要用英语称呼她，哪一种最合适？
option_a: "Ms. López"
option_b: "María"
option_c: "Mrs. María"
option_d: "Ms. García"
answer: d
explanation: 讲西班牙语的客人常有两个姓：第一个来自父亲，第二个来自母亲，
+ 称呼时一般用第一个姓，所以是 "Ms. García"。不少人以为最后一个词就是姓，
+ 叫成 "Ms. López"，这是常见错误。客人没请您叫名字之前，不要直呼 "María"；
+ Mrs. 后面也不能接名字。不清楚女士是否已婚时用 Ms.。
reference: https://www.wintranslation.com/cross-cultural-naming-conventions/
reference: https://www.w3.org/International/questions/qa-personal-names
tags: address names

id: courtesy-01-c04
lesson: courtesy-01
region: HU
situation: 一位匈牙利客人在留言条上签名 "Nagy Péter"，护照上 Surname（姓）一栏
+ 写的是 NAGY。您给他回电话时，应该怎么称呼他？
option_a: "Mr. Péter"
option_b: "Mr. Nagy"
option_c: "Péter"
answer: b
explanation: 匈牙利人的名字和中文、日语、韩语一样，姓在前、名在后：Nagy 是姓，
+ Péter 是名，所以应该称 "Mr. Nagy"。拿不准哪个是姓时，看护照的 Surname 一栏，
+ 或者直接礼貌地问客人。客人没有邀请之前，不要只叫他的名字。
reference: https://www.wintranslation.com/cross-cultural-naming-conventions/
reference: https://www.w3.org/International/questions/qa-personal-names
tags: address names

id: courtesy-01-c05
lesson: courtesy-01
region: IS
situation: 一位冰岛女客人名叫 Guðrún Jónsdóttir。您称呼她 "Ms. Jónsdóttir"，
+ 她笑着说："In Iceland we use first names. Please call me Guðrún."
+ 您应该怎么做？
option_a: 继续称呼 "Ms. Jónsdóttir"，因为对客人不能直呼其名。
option_b: 改称 "Ms. Guðrún Jónsdóttir"，全名最保险。
option_c: 按她的意思，以后称呼她 "Guðrún"。
option_d: 为了不出错，以后干脆不称呼她的名字。
answer: c
explanation: 冰岛人的第二个名字通常是父名：Jónsdóttir 的意思是"Jón 的女儿"，
+ 并不是家族的姓，所以冰岛人习惯用名字称呼。"不要直呼其名"是在客人没有邀请时的规矩；
+ 客人本人请您叫名字，就照她说的做。尊重客人自己选的称呼，永远是最稳妥的。
reference: https://www.wintranslation.com/cross-cultural-naming-conventions/
reference: https://www.w3.org/International/questions/qa-personal-names
tags: address names

id: courtesy-01-c06
lesson: courtesy-01
region: global
situation: 您是女员工，在酒店大堂迎接一位男客人。您伸出手准备握手，
+ 客人没有伸手，只是微笑着点了点头。您应该怎么做？
option_a: 自然地收回手，同样微笑点头问候，接着为他服务。
option_b: 手继续伸着，等他来握；半途收回手，双方会更尴尬。
option_c: 问他为什么不愿意和您握手。
option_d: 觉得被冒犯了，之后只给他做最基本的服务。
answer: a
explanation: 有些穆斯林客人（也包括一些正统派犹太教客人）不和异性握手，这是他们的
+ 信仰习惯，并不是看不起您。自然地收回手、微笑点头就很好，不必追问。
+ 以后迎接客人时，可以等客人先伸手再握，这样对谁都不会失礼。
reference: https://www.allabouturkiye.com/about-turkiye/turkish-culture-traditional/greetings/
reference: http://bodylanguagelady.blogspot.com/2011/12/handshake-rules-and-etiquette-in-north.html
reference: http://www.smh.com.au/news/opinion/greeting-with-hands-is-no-great-shakes/2007/07/11/1183833598456.html
tags: greeting handshake religion

id: courtesy-01-c07
lesson: courtesy-01
region: global
situation: 一份订单上写着 "Anna Schmidt"，没有写称谓。您要给她写一张欢迎卡，
+ 抬头怎么写最合适？
option_a: "Dear Mrs. Schmidt"
option_b: "Dear Ms. Schmidt"
option_c: "Dear Miss Anna"
option_d: "Dear Anna"
answer: b
explanation: 不知道女士是否已婚时用 Ms.，礼貌又不涉及婚姻状况；Mrs. 表示已婚，
+ Miss 多指未婚，猜错会让人不快。称谓后面接姓（Schmidt），不接名（Anna）。
+ 客人没有邀请之前，也不要只用名字称呼她。
reference: https://www.wintranslation.com/cross-cultural-naming-conventions/
reference: https://www.w3.org/International/questions/qa-personal-names
tags: address names writing

# ---- 第2课：个人空间与身体接触 ----

id: courtesy-02-c01
lesson: courtesy-02
region: TH
situation: 一家泰国客人在大堂等车，他们五六岁的孩子冲着您笑，很可爱。
+ 您想表示友好，怎么做最合适？
option_a: 走过去轻轻摸摸孩子的头，再夸一句 "So cute!"
option_b: 把孩子抱起来逗一逗，孩子的父母一般会很高兴。
option_c: 捏一捏孩子的脸蛋。
option_d: 朝孩子笑一笑、挥挥手，再夸一句孩子可爱。
answer: d
explanation: 在泰国和其他一些佛教国家，摸别人的头被认为很冒犯，小孩的头也一样。
+ 抱孩子、捏脸蛋这类身体接触，也需要先征得父母同意。用笑容、挥手和一句夸奖（"What a lovely child!"）表达喜爱就足够了。
reference: https://www.worldsim.com/blog/cultural-differences-hand-signals
reference: https://www.lonelyplanet.com/thailand/surin-islands-marine-national-park/practical-information/directory/etiquette/a/nar/e407a35a-0236-4498-8215-e57c673f9267/1002440
tags: touch children

id: courtesy-02-c02
lesson: courtesy-02
region: TH
situation: 一位泰国客人要上您的出租车，车门框比较低。您想提醒他小心碰头，
+ 怎么做最好？
option_a: 用手轻轻按住客人的头顶，护着他低头坐进车里，免得碰到。
option_b: 手挡在车门框上沿，提醒 "Mind your head."
option_c: 什么也不说，碰到了再赶紧道歉。
answer: b
explanation: 在泰国和其他一些佛教国家，碰别人的头是很冒犯的举动，即使出于好意，
+ 也不要把手放在客人头上。把手挡在门框上、再口头提醒，既能防止碰头，
+ 又不会碰到客人。
reference: https://www.worldsim.com/blog/cultural-differences-hand-signals
reference: https://www.lonelyplanet.com/thailand/surin-islands-marine-national-park/practical-information/directory/etiquette/a/nar/e407a35a-0236-4498-8215-e57c673f9267/1002440
tags: touch taxi safety

id: courtesy-02-c03
lesson: courtesy-02
region: US GB
situation: 您在前台用手机给一位美国客人看去邮轮码头的路线。您凑到他身边，
+ 肩膀几乎挨着肩膀，他往后退了一步。您应该怎么做？
option_a: 退后到大约一臂远，把屏幕转向他，或者给他一张打印的地图。
option_b: 再凑近一点，肩并肩一起看屏幕，这样他才看得清路线的每一个细节。
option_c: 把手机塞到他手里，让他自己放大地图慢慢看。
option_d: 觉得他不友好、不想听，草草说完就结束。
answer: a
explanation: 在美国、英国和其他一些西方国家，人们觉得舒服的个人距离大约是一臂远，
+ 靠得太近会让人觉得不自在、被侵扰。客人后退是在调整距离，并不是对您不满。
+ 保持距离，把屏幕转过去给他看就好。
reference: https://www.latimes.com/archives/la-xpm-2003-may-18-tr-spano18-story.html
tags: space

id: courtesy-02-c04
lesson: courtesy-02
region: global
situation: 走廊里人很多，您要带一位刚到的外国客人去电梯。怎么引路最合适？
option_a: 拉着客人的胳膊往前走，人多的时候这样他才不会走丢。
option_b: 跟在客人后面，轻轻推着他的后背，告诉他往哪边走。
option_c: 走在客人前面一点，回身用张开的手掌示意，说 "This way, please."
option_d: 站在原地，伸出食指指着电梯，说 "Over there."，请客人自己过去，省得耽误时间。
answer: c
explanation: 在很多西方国家，人们习惯和别人保持大约一臂的距离，陌生人拉胳膊、
+ 推后背都会让人不舒服。指方向时要用张开的手掌，不要用一根手指。
+ 走在前面引路、回身示意，既不碰到客人，又让客人跟得上。
reference: https://www.latimes.com/archives/la-xpm-2003-may-18-tr-spano18-story.html
tags: space gestures directions

id: courtesy-02-c05
lesson: courtesy-02
region: global
situation: 您陪一位坐轮椅的客人等电梯，电梯很久没来。下面哪种做法合适？
option_a: 把手搭在轮椅的推手上，顺便歇一歇。
option_b: 站在轮椅旁边，不碰轮椅，和客人聊几句。
option_c: 不用麻烦客人，直接推着轮椅去另一部电梯，那边人少。
answer: b
explanation: 轮椅是使用者个人空间的一部分。靠在轮椅上或把手搭在上面，
+ 就像靠在别人身上一样失礼；没经同意推轮椅也不行。
+ 想换一部电梯，先问客人："Would you like to try the other lift?"
reference: https://disabilitytraining.humboldt.edu/disability-etiquette-wrap
reference: https://www.colgate.edu/about/campus-services-and-resources/disability-etiquette-communication-considerations
reference: https://alexwlchan.net/ideas-for-inclusive-events/ideas/dont-interfere
tags: space disability wheelchair

# ---- 第3课：各地的小费习惯 ----

id: courtesy-03-c01
lesson: courtesy-03
region: US
situation: 您是酒店行李员，把一位美国客人的行李送进房间后，客人递给您20元说
+ "Thanks, this is for you."。酒店规定员工不收小费。您应该怎么做？
option_a: 趁没人看见，收下放进口袋。
option_b: 摆摆手说 "No, no tip in China!"，把钱推回去。
option_c: 微笑道谢，说明酒店不收小费，温和地把钱还给客人。
option_d: 先收下，回头再交给前台处理，不必跟客人解释。
answer: c
explanation: 在美国，给小费是很普遍的习惯（餐厅一般给15%到20%，出租车司机也常拿到
+ 15%到20%），客人是在表达感谢。既然酒店规定不收，就温和地道谢并婉拒，例如
+ "That's very kind of you, but it's not necessary. Enjoy your stay!"；
+ 生硬的一句 "No tip!" 会让客人觉得自己做错了事。如果公司允许收小费，
+ 就大方地道谢收下。
reference: https://travelerstoday.com/articles/21222/20160118/tipping-in-different-countries.htm
reference: https://en.wikivoyage.org/wiki/Tipping
reference: http://www.chicagotribune.com/features/tribu/sc-fam-0513-lifeskills-tipping-20100513,0,499024.story
tags: tipping hotel
local: 货币单位：人民币元；20 元是示例金额；不收小费是酒店的规定，不是法规
local_source: 《中华人民共和国中国人民银行法》第十六条（人民币是法定货币）；例中金额是示例，不是规定价格

id: courtesy-03-c02
lesson: courtesy-03
region: CN
situation: 一位第一次来中国的美国乘客快到目的地时问您："How much should I tip you?"
+ 您怎么回答最合适？
option_a: "You don't need to tip in taxis here. The meter fare is fine."
option_b: "Fifteen to twenty percent of the fare, the same as in the US."
option_c: "Ten percent. It's required by law here."
option_d: "It's up to you, but most visitors give about fifty yuan."
answer: a
explanation: 中国大陆的出租车和餐厅一般不收小费，按计价器付车费就可以。
+ 如实告诉客人，客人会很感激；编造"规定"或暗示客人多给钱都不诚实，
+ 也损害城市的形象。
reference: https://www.iscbj.com/forum/travel-chinese-3/lesson-4-taxi-receipt-12
reference: 交通运输部《巡游出租汽车经营服务管理规定》
tags: tipping taxi
local: 货币单位：人民币元；选项里的 50 元是示例；出租车按计价器收费，没有法定小费
local_source: 《中华人民共和国中国人民银行法》第十六条（人民币是法定货币）；例中金额是示例，不是规定价格；交通运输部《巡游出租汽车经营服务管理规定》；青岛市交通运输局 出租汽车客运管理

id: courtesy-03-c03
lesson: courtesy-03
region: JP KR
situation: 您开车送几位日本客人去码头，一路服务周到。他们下车时鞠躬道谢，但没有给小费。
+ 同事说："日本客人真小气。" 您怎么看？
option_a: 同事说得对；下次送日本客人，可以在下车前委婉地暗示一下小费。
option_b: 可能是服务还不够好，客人不满意才没给，要反省一下。
option_c: 他们大概只是忘了，下车前应该礼貌地提醒一句。
option_d: 在日本一般不给小费，鞠躬道谢就是感谢。
answer: d
explanation: 日本和韩国一般不给小费，在那里给小费甚至可能让人觉得受了冒犯。
+ 在中国大陆乘出租车本来也不需要小费。客人的道谢就是对您服务的肯定，
+ 不要暗示或索要小费。
reference: https://en.wikivoyage.org/wiki/Tipping
reference: https://www.iscbj.com/forum/travel-chinese-3/lesson-4-taxi-receipt-12
reference: http://universiade.fjct.fit.ac.jp/en/fukuoka/jyouhou/tippu.html
tags: tipping taxi

id: courtesy-03-c04
lesson: courtesy-03
region: US
situation: 您是酒店餐厅的服务员。一位美国客人结完账离开，在桌上留下了一百元现金。
+ 您应该怎么做？
option_a: 直接收进自己的口袋。
option_b: 礼貌地追上去，问客人是不是有意留下的，再按公司规定处理。
option_c: 追出去大声喊 "You forgot your money!"，把钱塞回客人手里。
option_d: 当作没看见，留在桌上让别的同事处理。
answer: b
explanation: 在美国，餐厅小费通常是账单的15%到20%，不少服务员的收入靠小费，
+ 所以美国客人常把小费留在桌上。这笔钱可能是小费，也可能是忘了拿。
+ 先礼貌地确认，例如 "Excuse me, sir, did you mean to leave this?"；
+ 如果是小费，就按公司规定道谢收下或者温和地婉拒。
+ 不要私自揣走，也不要大声嚷嚷让客人难堪。
reference: https://travelerstoday.com/articles/21222/20160118/tipping-in-different-countries.htm
reference: http://www.chicagotribune.com/features/tribu/sc-fam-0513-lifeskills-tipping-20100513,0,499024.story
tags: tipping restaurant
local: 货币单位：人民币元；100 元是示例金额
local_source: 《中华人民共和国中国人民银行法》第十六条（人民币是法定货币）；例中金额是示例，不是规定价格

id: courtesy-03-c05
lesson: courtesy-03
region: US
situation: 一位美国客人在酒店餐厅结账，账单上已经收了10%的服务费。他问您：
+ "Should I add a tip?" 您怎么回答？
option_a: "Yes, please. Fifteen to twenty percent is normal, like in the US."
option_b: "No, please don't. Tipping is considered rude in China."
option_c: "There's already a ten percent service charge, so no tip is needed."
option_d: "Whatever you like. It's up to you."
answer: c
explanation: 亚洲很多酒店和餐厅收约10%的服务费，代替小费；中国大陆一些酒店和高档餐厅
+ 也收服务费，不需要另付小费。如实说明服务费已经含在账单里，客人就不会多付，
+ 也不会不知所措。说"在中国给小费是失礼的"并不准确：这里只是一般不需要给。
reference: https://en.wikivoyage.org/wiki/Tipping
reference: http://www.chicagotribune.com/features/tribu/sc-fam-0513-lifeskills-tipping-20100513,0,499024.story
tags: tipping payment

# ---- 第4课：排队与守时 ----

id: courtesy-04-c01
lesson: courtesy-04
region: DE
situation: 公司派您去机场接一位德国商务客人，航班预计上午9:00到达。您应该怎么安排？
option_a: 提前出发，8:45以前到接机口，举好写着客人名字的牌子。
option_b: 9:00整到就行，反正客人下飞机后还要过边检、取行李，不会马上出来。
option_c: 9:30再到，国际航班经常晚点，去早了只是干等。
option_d: 先不出发，等客人落地后打电话来再去接。
answer: a
explanation: 在德国、瑞士、美国、日本、英国等很看重时间的地方，迟到常被看作不尊重。
+ 预约好的接机，司机应该比约定时间早到，让客人一出来就能看到您；
+ 不能指望客人在里面多耽误一会儿。万一会迟到，要提前打电话或发消息说明。
reference: https://en.wikipedia.org/wiki/Chronemics
tags: punctuality taxi

id: courtesy-04-c02
lesson: courtesy-04
region: JP
situation: 您约好10:00到酒店接一位日本客人去开会，路上遇到严重堵车，估计要晚到15分钟。
+ 您应该怎么做？
option_a: 不用说，堵车谁都没办法，15分钟也不算什么，到了再解释。
option_b: 到了以后多道几次歉就行。
option_c: 先不联系客人，改走小路试试，说不定还能准时到。
option_d: 马上打电话或发消息，道歉并说明大概几点能到。
answer: d
explanation: 很多日本客人非常守时，把迟到看作不尊重对方的时间。知道会迟到就立刻通知，
+ 说清楚预计到达时间，客人才能重新安排，比如先告诉开会的一方。
+ 到了再解释，客人已经白等了一场。
reference: https://en.wikipedia.org/wiki/Chronemics
tags: punctuality phone

id: courtesy-04-c03
lesson: courtesy-04
region: GB
situation: 邮轮码头的出租车候客区排着长队。您的车排在第一位，队首是一对英国老夫妇。
+ 这时一个年轻人从队尾跑过来，拉开您的车门就要上车。您应该怎么做？
option_a: 谁先上车就载谁，反正都是客人，排队的事司机管不了。
option_b: 礼貌地请年轻人回去排队，然后请队首的老夫妇上车。
option_c: 让老夫妇和年轻人自己商量，司机不便插手。
answer: b
explanation: 在英国、加拿大等地，人们很看重按顺序排队，插队会招来强烈的反感；
+ 日本人排队也非常有序。按排队顺序载客，是对所有排队的人公平。
+ 可以对插队的人说 "Sorry, could you please join the queue?"
reference: https://countrynavigator.com/blog/cultural-intelligence/queuing/
reference: https://www.thetimes.co.uk/article/line-management-mhpckfmc9
tags: queue taxi

id: courtesy-04-c04
lesson: courtesy-04
region: global
situation: 酒店前台排着长队办理入住。一位拄拐杖的老年客人也排进了队伍，
+ 看起来站得很吃力。您怎么做最合适？
option_a: 按规矩让他排队，对所有人都一样才公平。
option_b: 不用跟他商量，直接把他领到队伍最前面，越快办完越好。
option_c: 大声宣布"请大家让一让，这位老人先办"，让其他客人都让开，一起照顾老人。
option_d: 过去问他要不要先坐下、是否愿意优先办理，再向排队的客人说明。
answer: d
explanation: 很多文化都让老人、残障人士和带小孩的家长优先，排队的客人大多能理解。
+ 但要先征得客人本人同意，有人并不想被特殊对待。先问再帮，
+ 安排座位或优先办理，再向其他客人简短说明，就能兼顾公平和体贴。
reference: https://countrynavigator.com/blog/cultural-intelligence/queuing/
reference: https://disabilitytraining.humboldt.edu/disability-etiquette-wrap
reference: https://www.thetimes.co.uk/article/line-management-mhpckfmc9
tags: queue priority

id: courtesy-04-c05
lesson: courtesy-04
region: BR
situation: 一个巴西旅行团订了酒店餐厅晚上7点的包间，领队说"我们7点左右到"。
+ 7点15分，客人才到了一半。同事抱怨："太不尊重人了！" 您怎么看？
option_a: 晚到一会儿在一些文化的社交聚餐里很常见，未必是不尊重；保留包间，必要时打电话确认。
option_b: 同事说得对：订了7点就该7点到，应该马上打电话催，过了7点半就取消预订。
option_c: 先把菜全部上齐，客人来晚了菜凉了，也是他们自己的事。
option_d: 晚到就是不守时，等客人到齐后，应该礼貌地提醒他们下次准时。
answer: a
explanation: 各地对时间的看法不一样：美国、日本、德国等地对守时要求很严；
+ 不少地中海、阿拉伯和拉美地区，社交聚会的时间比较宽松。这只是常见倾向，
+ 每个人都不同。服务人员不必评判客人，按客人的节奏准备好；
+ 如果包间有时间限制，提前礼貌地说明。
reference: https://en.wikipedia.org/wiki/Chronemics
tags: punctuality restaurant

id: courtesy-04-c06
lesson: courtesy-04
region: JP
situation: 酒店班车的时刻表写着10:00发车去高铁站。一位日本客人9:50就在门口等着，
+ 司机10:10才到，还笑着说："才晚十分钟，没关系。" 您在前台，应该怎么补救？
option_a: 跟客人解释 "It's normal here. The bus is often a bit late, don't worry."
option_b: 什么也不说，班车已经到了，赶紧请客人上车就是。
option_c: 诚恳道歉，问清他的车次；来不及就马上帮他叫出租车。
answer: c
explanation: 在日本，很多客人对准时要求很高，十分钟的延误可能让客人赶不上车。
+ 先诚恳道歉，再确认客人的行程，需要时立刻补救。以后班车要准时；
+ 有延误，要提前通知等车的客人。
reference: https://en.wikipedia.org/wiki/Chronemics
tags: punctuality hotel

# ---- 第5课：礼物与名片 ----

id: courtesy-05-c01
lesson: courtesy-05
region: JP
situation: 您在港口物流公司的前台工作，一位日本客户来访，双手递给您一张名片。
+ 您应该怎么接？
option_a: 单手接过来，顺手放进裤子后袋。
option_b: 接过来马上在背面写上"周三来访"，免得以后忘了是谁。
option_c: 双手接过，看一看上面的名字和职务，道谢后妥善收好。
option_d: 接过来放在一边，继续忙手头的事。
answer: c
explanation: 在日本，交换名片很讲究：双手递接，接过后认真看一看，开会时放在桌上。
+ 当着对方的面在名片上写字、把名片塞进裤子后袋，都会显得不尊重对方。
reference: http://hub.aa.com/en/aw/japan-national-tourist-organization-1
reference: http://spidacom.co.uk/2018/08/08/business-cards-in-japan/
reference: https://www.japantimes.co.jp/life/2017/05/06/lifestyle/calling-card-evolution-business-cards-japan/
tags: business-card

id: courtesy-05-c02
lesson: courtesy-05
region: JP
situation: 在酒店会议室里，您代表中方和三位日本客人开会。开始前大家交换了名片。
+ 会议期间，收到的名片应该怎么放？
option_a: 整齐地摆在自己面前的桌上，会后再收好。
option_b: 马上收进钱包，让桌面保持整洁。
option_c: 在名片上记下每个人的特点，方便记住谁是谁。
answer: a
explanation: 在日本的商务场合，会议期间通常把收到的名片放在桌上，
+ 既方便记住对方的名字，也表示重视。当面在名片上写字，或者一拿到就收起来，
+ 都可能让对方觉得您不在意。
reference: http://hub.aa.com/en/aw/japan-national-tourist-organization-1
reference: http://spidacom.co.uk/2018/08/08/business-cards-in-japan/
reference: https://www.japantimes.co.jp/life/2017/05/06/lifestyle/calling-card-evolution-business-cards-japan/
tags: business-card meeting

id: courtesy-05-c03
lesson: courtesy-05
region: GB
situation: 一位英国客人入住时，您代表酒店送上一份包好的欢迎小礼物。
+ 客人当着您的面就拆开了，连声说 "Oh, how lovely! Thank you!" 您怎么理解？
option_a: 客人有点失礼：收了礼物不应该当着送礼人的面打开。
option_b: 这是很多西方人的礼貌：当面打开，表示喜欢和感谢。
option_c: 客人可能不太放心，想当面检查一下礼物有没有问题。
answer: b
explanation: 按中国的传统，收到礼物一般不当面打开；而很多西方客人习惯当场拆开、
+ 表示欣赏和感谢，这是礼貌，不是心急或失礼。微笑着说 "I'm glad you like it." 就好。
reference: https://asiaworldmedia.com/the-ritual-of-receiving-gifts/
reference: https://global.chinadaily.com.cn/m/qingyuan/2010-12/03/content_11649958.htm
tags: gifts

id: courtesy-05-c04
lesson: courtesy-05
region: CN
situation: 一位美国客人问酒店礼宾员："I'm visiting my Chinese business partner's family.
+ I'm thinking of bringing a nice clock as a gift. Is that OK?" 您怎么回答最好？
option_a: 说 "Sure, a clock is a great gift."
option_b: 说 "You shouldn't bring gifts in China."
option_c: 说 "It doesn't matter. Chinese people don't care about gifts."
option_d: 委婉地说明中文里"送钟"听起来像"送终"，传统上不宜送钟，再帮他想想别的礼物。
answer: d
explanation: 按中国传统，送礼要避开钟（"送钟"听起来像"送终"）、梨（"梨"谐音"离"）、
+ 刀和剪刀、白色或黄色的菊花，以及四件一套的东西。外国客人不了解这些很正常，
+ 礼宾员委婉提醒、帮他换一种礼物，客人会很感激。
reference: https://global.chinadaily.com.cn/m/qingyuan/2010-12/03/content_11649958.htm
reference: https://www.easytourchina.com/fact-v977-gift
tags: gifts taboo

id: courtesy-05-c05
lesson: courtesy-05
region: CN
situation: 一位加拿大客人在酒店商店买了一套茶具，要送给中国同事作结婚礼物。
+ 她请店员用白色包装纸、系黑色丝带，说这样"很优雅"。店员应该怎么做？
option_a: 照客人说的包：礼物是她送的，她的要求最重要。
option_b: 直接拒绝，说"这样包不吉利，我们不能包"。
option_c: 先礼貌地说明白、黑色包装容易让人联想到丧事，问她要不要换成红色。
option_d: 不说原因，悄悄换成喜庆的红色包装纸，客人看到漂亮的包装也不会介意。
answer: c
explanation: 按中国传统，白色、黑色和灰色的包装会让人联想到丧事，红色则象征吉利。
+ 客人是一片好意，只是不了解这个习俗。说明原因、让客人自己决定，
+ 比照办不误或者擅自更改都要周到。
reference: https://global.chinadaily.com.cn/m/qingyuan/2010-12/03/content_11649958.htm
reference: https://www.easytourchina.com/fact-v977-gift
tags: gifts colors

id: courtesy-05-c06
lesson: courtesy-05
region: RU
situation: 酒店要在一位俄罗斯客人生日那天，往他房间送一束玫瑰。花店的同事准备了12枝。
+ 您应该怎么建议？
option_a: 改成单数，比如11枝。
option_b: 12枝正好，一打玫瑰最体面。
option_c: 数量无所谓，只要花新鲜就行。
answer: a
explanation: 在俄罗斯，双数的鲜花一般用于葬礼，生日这样的喜事通常送单数的花。
+ 给俄罗斯客人送花，数一数枝数，选单数最稳妥。
reference: http://www.npr.org/sections/talk/2008/12/around_the_world_in_insults.html
tags: gifts numbers

# ---- 第6课：清真、洁食、素食与斋月 ----

id: courtesy-06-c01
lesson: courtesy-06
region: global
situation: 一位穆斯林女客人在酒店餐厅问您："Does this soup have any pork?"
+ 这道汤里看不到肉，但是用猪骨熬的。您应该怎么回答？
option_a: "No pork." 因为汤里确实没有猪肉块。
option_b: 如实告诉她汤是用猪骨熬的，再推荐不含猪肉的菜。
option_c: 不回答，换个碗把汤端上去。
option_d: "I think it's OK." 免得她为难。
answer: b
explanation: 遵守清真饮食的穆斯林不吃猪肉，也不吃猪油、非清真明胶这类猪的副产品，
+ 猪骨汤同样不能吃。客人专门问了，就一定要如实回答；答错会让客人在不知情时
+ 违背自己的信仰。不确定时说 "Let me check with the kitchen."，问清楚再回答。
reference: http://theculturalatlas.org/islam/dietary-requirements
reference: https://comedinetogether.uk/faq/religious-restrictions/
reference: https://www.gvsu.edu/interfaith/dietary-considerations-163.htm
tags: food halal

id: courtesy-06-c02
lesson: courtesy-06
region: MY
situation: 一位来自马来西亚的客人说自己只吃清真（halal）食物，问宫保鸡丁能不能吃。
+ 厨房用的是普通鸡肉，炒的时候放了料酒。您应该怎么回答？
option_a: 说明这道菜的鸡肉不是清真的，还放了料酒；推荐附近的清真餐厅。
option_b: "Yes. The alcohol is gone after cooking."
option_c: 说可以，再叫厨房这次别放料酒，这样就符合要求了。
option_d: "Yes, it's chicken, not pork. It's fine for you."
answer: a
explanation: 清真饮食不只是不吃猪肉：肉要按清真方式屠宰，也不能含酒，酱汁里的酒也不行。
+ 普通鸡肉不算清真，只去掉料酒也不够。如实说明，再给出可行的选择，
+ 比如附近的清真餐厅或不含肉和酒的菜，客人会很感激。
reference: http://theculturalatlas.org/islam/dietary-requirements
reference: https://comedinetogether.uk/faq/religious-restrictions/
reference: https://www.gvsu.edu/interfaith/dietary-considerations-163.htm
tags: food halal alcohol

id: courtesy-06-c03
lesson: courtesy-06
region: global
situation: 斋月期间，一位穆斯林客人告诉前台，他白天封斋，想知道能不能在天亮前吃点东西。
+ 酒店早餐7点才开始。您应该怎么回应？
option_a: "I'm sorry, breakfast starts at seven. There's nothing we can do."
option_b: 跟餐厅商量能不能为他准备一份天亮前吃的餐盒，或者推荐附近早开门的餐馆，
+ 并告诉他晚餐的供应时间。
option_c: 劝他出门在外就别封斋了。
option_d: 告诉他房间的迷你吧里有零食，让他自己解决。
answer: b
explanation: 斋月里，穆斯林从黎明到日落禁食，天亮前的一餐和日落后的晚餐对他们很重要。
+ 能安排的尽量安排，做不到也要给出替代办法。对客人的宗教习惯，
+ 不要评论，更不要劝说。
reference: http://theculturalatlas.org/islam/dietary-requirements
reference: https://comedinetogether.uk/faq/religious-restrictions/
reference: https://www.gvsu.edu/interfaith/dietary-considerations-163.htm
reference: https://en.wikipedia.org/wiki/Suhur
tags: ramadan food

id: courtesy-06-c04
lesson: courtesy-06
region: IN
situation: 吃自助早餐时，一位印度客人对您说 "I'm Hindu."，请您推荐几样他能吃的。
+ 下面哪种做法最好？
option_a: 推荐今天的招牌牛肉面，很多客人都说好吃。
option_b: 提醒他酸奶和牛奶也是动物制品，最好别拿。
option_c: 先说明哪些菜里有牛肉，再问他是否吃素、吃不吃别的肉。
option_d: 印度教徒都吃素，直接带他去素菜区，不用多问，免得问多了让客人为难。
answer: c
explanation: 印度教徒一般不吃牛肉，很多人吃素，但也有人吃别的肉；牛奶和酸奶通常没问题。
+ 不要根据宗教或国籍替客人做决定，问一句最可靠。
reference: https://blog.burkett.com/2012/12/20/what-are-dietary-restrictions-of-certain-religions/
reference: https://www.gvsu.edu/interfaith/dietary-considerations-163.htm
tags: food hindu

id: courtesy-06-c05
lesson: courtesy-06
region: global
situation: 一位客人说自己遵守犹太教的饮食规定（"I keep kosher."）。同事向他推荐奶油鸡肉焗饭，
+ 说："没有猪肉，您可以放心吃。" 这句话有什么问题？
option_a: 没有问题，犹太教的饮食规定主要就是不吃猪肉。
option_b: 犹太教饮食规定里肉和奶制品不能同吃，这道菜既有鸡肉又有奶油。
option_c: 犹太教徒一般只吃素，不该推荐任何肉菜。
option_d: 鸡肉没问题，犹太教忌讳的是牛肉和猪肉，只要不是这两样就可以放心吃。
answer: b
explanation: 犹太教的饮食规定（kosher）不吃猪肉和贝类海鲜，肉类和奶制品不能混在一起，
+ 也不能一起烹调。奶油鸡肉焗饭既有肉又有奶，不能说"放心吃"。
+ 把 kosher 只理解成不吃猪肉是常见的误会；不吃牛肉是印度教徒的习惯，不是犹太教的规定；
+ 遵守 kosher 的人也并不都吃素。如实告诉客人配料和做法，由他自己决定能不能吃；
+ 不要替客人说某道菜"是 kosher 的"。
reference: https://blog.burkett.com/2012/12/20/what-are-dietary-restrictions-of-certain-religions/
reference: https://www.gvsu.edu/interfaith/dietary-considerations-163.htm
tags: food kosher

id: courtesy-06-c06
lesson: courtesy-06
region: global
situation: 一位客人点菜时说 "I'm vegan."。下面哪道菜可以放心推荐？
option_a: 番茄炒蛋（里面没有肉）
option_b: 酸奶水果沙拉（里面没有肉）
option_c: 清炒时蔬（植物油，不加荤汤）
option_d: 清蒸鱼（鱼不算肉）
answer: c
explanation: 很多素食者（vegetarian）吃蛋和奶，而纯素者（vegan）不吃任何动物制品，
+ 蛋、奶、鱼都不吃。推荐时还要注意荤汤、猪油这类看不见的动物成分，
+ 把握不准就先问厨房。
reference: https://en.wikipedia.org/wiki/Veganism
tags: food vegan

id: courtesy-06-c07
lesson: courtesy-06
region: IN
situation: 一位印度女客人说自己是耆那教徒（Jain），请厨房单独给她做一份素菜。
+ 您还应该跟她确认什么？
option_a: 不用确认，做一份普通的素菜就行。
option_b: 问她能不能吃鱼，很多不吃肉的人也吃鱼。
option_c: 问她喜欢吃辣还是不辣，口味合适最重要。
option_d: 问她是不是也不吃洋葱和大蒜。
answer: d
explanation: 耆那教徒不吃肉、鱼和蛋，有些人连洋葱、大蒜也不吃；而中餐的素菜常用葱蒜炝锅。
+ 问清楚再下单，才能做出她真正能吃的菜。
reference: https://comedinetogether.uk/faq/religious-restrictions/
reference: https://en.wikipedia.org/wiki/Jain_vegetarianism
tags: food jain vegetarian

id: courtesy-06-c08
lesson: courtesy-06
region: global
situation: 您负责为一个外国代表团安排欢迎晚宴，客人来自印度尼西亚、印度、以色列和英国。
+ 怎样安排菜单最稳妥？
option_a: 提前请对方告知各位的饮食要求；备好素食和无酒精饮料，不用猪肉。
option_b: 按国籍安排：印度尼西亚客人上清真菜，印度客人上素菜，其他客人照常。
option_c: 按本地宴席的标准菜单来，菜品丰富，客人不吃的可以自己挑出来。
option_d: 全部上素菜，这样谁都不会出错，也不用一一询问。
answer: a
explanation: 安排宴请的通用做法是：准备好的素食选择，避免猪肉，备好不含酒精的饮料，
+ 最重要的是事先问客人。同一个国家、同一种宗教的人，饮食习惯也各不相同，
+ 不能凭国籍去猜。全部上素菜看似"安全"，却忽略了大多数客人的口味。
reference: https://www.gvsu.edu/interfaith/dietary-considerations-163.htm
tags: food planning

# ---- 第7课：数字、颜色与手势禁忌 ----

id: courtesy-07-c01
lesson: courtesy-07
region: KR
situation: 一位韩国客人拿到房卡，看到房号是1404，犹豫了一下，问能不能换一间。
+ 酒店还有空房。您应该怎么做？
option_a: 笑着说 "Don't worry, that's just superstition."
option_b: 爽快地答应，换一间不带4的房间，不追问原因。
option_c: 告诉他所有房间都一样，不能换。
option_d: 答应换，但要收换房费。
answer: b
explanation: 在中文、日语和韩语里，"四"的读音和"死"相近，所以很多人忌讳4，
+ 不少楼也不设4层、不用带4的房号。有空房就爽快地换，
+ 不要评论客人"迷信"——中国也有很多人有同样的讲究。
reference: https://curiousexpeditions.org/what-is-the-unlucky-hotel-number/
reference: https://en.wikipedia.org/wiki/Tetraphobia
reference: https://en.wikipedia.org/wiki/Thirteenth_floor
tags: numbers rooms

id: courtesy-07-c02
lesson: courtesy-07
region: IT
situation: 您给一个意大利旅行团分房。一位客人看到自己的房号是1717，面露难色，
+ 问能不能换一间。他最可能在意的是什么？
option_a: 他嫌楼层太高，不方便。
option_b: 他觉得房间离电梯太远，晚上进出不方便。
option_c: 客人可能忌讳这个数字。
option_d: 房间不朝海，看不到风景。
answer: c
explanation: 哪些数字不吉利，各地习俗不同：很多西方楼宇不设13楼，中日韩不少楼宇避开4。
+ 客人看到房号面露难色，最可能是在意这个数字本身。不必追问原因，
+ 有空房就主动给客人换，不要觉得可笑。
reference: https://en.wikipedia.org/wiki/Thirteenth_floor
reference: https://en.wikipedia.org/wiki/Tetraphobia
tags: numbers rooms

id: courtesy-07-c03
lesson: courtesy-07
region: US
situation: 一位美国客人在电梯里问您："Why does the elevator skip 4 and 13?"
+ 您怎么回答最好？
option_a: 简单解释：中文里"四"听起来像"死"，西方又认为13不吉利，所以很多酒店不设这两层。
option_b: "Those floors are for staff only."
option_c: "I don't know."
option_d: "Because Chinese people are superstitious."
answer: a
explanation: 如实、简短地讲讲文化原因，客人通常会觉得很有意思。
+ 很多酒店跳过4层（中文、日语、韩语里4与"死"音近）和13层（西方认为13不吉利）。
+ 编个理由、一句"不知道"，或者贬低自己的同胞，都不是好的回答。
reference: https://curiousexpeditions.org/what-is-the-unlucky-hotel-number/
reference: https://en.wikipedia.org/wiki/Thirteenth_floor
tags: numbers

id: courtesy-07-c04
lesson: courtesy-07
region: IR
situation: 一位伊朗乘客上车前把手机上的酒店地址给您看，问："Can you take me here?"
+ 您认识这个地方。怎么回应最好？
option_a: 笑着竖起大拇指：这个手势谁都懂，表示"没问题，上车吧"。
option_b: 用拇指和食指比一个 "OK" 圈，再招手请他上车。
option_c: 什么也不说，示意他上车。
option_d: 点头说 "Sure. Please get in."
answer: d
explanation: 竖大拇指在伊朗等地被看作粗鲁的手势；
+ "OK" 手势在一些国家也是粗俗的意思。跟外国客人沟通时，点头再加一句话，
+ 最清楚也最不会被误会。
reference: https://www.worldsim.com/blog/cultural-differences-hand-signals
reference: https://metro.co.uk/2015/07/15/whoops-philip-hammond-gave-iran-the-finger-over-nuclear-agreement-5296791/
tags: gestures taxi

id: courtesy-07-c05
lesson: courtesy-07
region: BR
situation: 大堂里很吵，一位巴西客人远远地用眼神问您，他叫的出租车到了没有。车已经到了。
+ 您怎么示意最合适？
option_a: 远远地朝他比一个 "OK" 手势，他一看就明白。
option_b: 走过去说 "Your taxi is here."
option_c: 朝他勾勾食指，示意他过来上车。
answer: b
explanation: 拇指和食指圈成的 "OK" 手势，在巴西、希腊和土耳其是粗俗的意思，
+ 在日本表示"钱"，在法国表示"零"；用一根手指勾着招呼人，在菲律宾和中国都被认为不礼貌。
+ 走近说一句话，再用张开的手掌指方向，最不容易引起误会。
reference: http://www.npr.org/sections/talk/2008/12/around_the_world_in_insults.html
reference: https://sites.psu.edu/global/2020/10/27/when-ok-isnt-ok
tags: gestures

id: courtesy-07-c06
lesson: courtesy-07
region: PH
situation: 您在酒店门口安排车辆，要招呼一位菲律宾客人过来上车，但他离您有点远。
+ 怎么做最合适？
option_a: 手心向下朝自己的方向摆几下，或者直接走过去请他。
option_b: 伸出食指朝自己勾几下，他看到就会过来。
option_c: 吹声口哨叫他。
option_d: 大声喊 "Hey! You!"
answer: a
explanation: 在菲律宾（在中国也一样），用一根手指勾着招呼人是很不礼貌的。
+ 招呼人时手心向下摆手，或者用张开的手掌；指人、指方向也用整只手掌，不用一根手指。
+ 最礼貌的还是走过去说一句 "Your car is ready."。
reference: https://www.worldsim.com/blog/cultural-differences-hand-signals
reference: https://www.fodors.com/world/asia/philippines/travel-tips/etiquette-253762860
tags: gestures

id: courtesy-07-c07
lesson: courtesy-07
region: CN
situation: 一位法国客人要去参加中国朋友的婚礼，准备送礼金。他在酒店商店拿起一个白色信封，
+ 问您："Is this envelope OK?" 您怎么建议？
option_a: 说 "Yes, white is elegant."：白色显得干净、高级。
option_b: 说 "Any color is fine."：颜色不重要，心意最重要。
option_c: 建议用红色信封：在中国红色代表吉利，白色常和丧事有关。
answer: c
explanation: 在中国，白色是传统的丧事颜色，白、黑、灰色的包装会让人联想到丧事；
+ 红色则象征吉利。外国客人不了解这一点很正常，简单解释一下，
+ 就能帮他避免尴尬。
reference: https://global.chinadaily.com.cn/m/qingyuan/2010-12/03/content_11649958.htm
reference: https://www.easytourchina.com/fact-v977-gift
tags: colors gifts

# ---- 第8课：礼貌地拒绝 ----

id: courtesy-08-c01
lesson: courtesy-08
region: global
situation: 上午9点，一位刚下邮轮的客人来到前台，想马上入住。酒店下午2点才能入住，
+ 他的房间还没打扫好。您应该怎么说？
option_a: "No, I'm sorry. Check-in time is two p.m. It's hotel policy, so please come back later."
option_b: "Sorry, we can't." 然后接待下一位客人。
option_c: 为了让客人满意，先把留给别的客人的房间给他，晚点再调整。
option_d: "I'm sorry, your room isn't ready yet. We can keep your luggage and call you."
answer: d
explanation: 礼貌拒绝的步骤是：表示理解，简短说明原因，提供替代办法，主动跟进。
+ 拿"酒店规定"当挡箭牌，或者一句生硬的 "No"，都会让客人觉得被打发。
+ 帮客人寄存行李、房间好了打电话通知，客人就可以轻松地先出去逛逛。
reference: https://www.eapronantes-formation.com/en/post/how-to-say-no-to-your-guest-without-damaging-the-customer-relation
reference: https://www.englishclass101.com/lesson/hospitality-english-for-hotels-24-polite-refusals/?lp=84
reference: https://en.wikipedia.org/wiki/Service_recovery_paradox
tags: refusing hotel

id: courtesy-08-c02
lesson: courtesy-08
region: global
situation: 车在高架快速路上，一位乘客突然说 "Stop here, please! I want to get out."。
+ 这里禁止停车，前面500米有一个出口。您应该怎么做？
option_a: "I'm afraid I can't stop here. I'll stop right after the next exit."
option_b: 听客人的，马上打双闪靠边停车，客人的要求优先。
option_c: 说 "No, you can't get out here!"，继续往前开。
option_d: 假装没听懂，一直开到原来的目的地再说。
answer: a
explanation: 客人的要求不能满足时，要说明原因，并告诉客人您能做什么、会在哪里停，
+ 比如 "It isn't allowed here. The exit is about 500 meters ahead."。
+ 只说 "No" 或装作听不懂，会让客人不安甚至生气；为了讨好客人违规停车，
+ 则会危及安全。
reference: https://www.eapronantes-formation.com/en/post/how-to-say-no-to-your-guest-without-damaging-the-customer-relation
reference: 《中华人民共和国道路交通安全法》
tags: refusing taxi

id: courtesy-08-c03
lesson: courtesy-08
region: global
situation: 一位客人想延迟到下午4点退房。今天酒店客满，他的房间中午就要打扫出来
+ 给下一位客人。您怎么回应最好？
option_a: "Sorry, that's impossible. Check-out is at twelve, and we're fully booked today."
option_b: "I'm afraid we're full today, but we can keep your bags after you check out."
option_c: 先答应下来，到时候再想办法。
option_d: "Please ask the manager."
answer: b
explanation: 先表示理解，再说明原因（今天客满），接着给出替代办法（寄存行李），
+ 客人会觉得酒店在为他着想。随口答应却做不到，或者把客人推给别人，
+ 都会带来更大的不满。
reference: https://www.englishclass101.com/lesson/hospitality-english-for-hotels-24-polite-refusals/?lp=84
reference: https://en.wikipedia.org/wiki/Service_recovery_paradox
tags: refusing hotel

id: courtesy-08-c04
lesson: courtesy-08
region: global
situation: 一位访客来到前台说："My friend Mr. Brown is staying here. What's his room number?"
+ 酒店规定不能透露住客的房号。您怎么说？
option_a: "I'm sorry, it's hotel policy. I can't tell you anything about our guests."
option_b: 告诉他房号，朋友之间应该没关系。
option_c: "I'm afraid I can't give out room numbers, but I can call his room."
option_d: "I don't know."
answer: c
explanation: 拒绝时要给出原因，也要给出替代办法：不能透露房号，但可以帮忙打电话到房间，
+ 由住客自己决定要不要见。只说 "It's hotel policy." 听起来像在推脱；
+ 随口说房号则违反规定，也侵犯了住客的隐私。
reference: https://www.eapronantes-formation.com/en/post/how-to-say-no-to-your-guest-without-damaging-the-customer-relation
reference: 《中华人民共和国个人信息保护法》
tags: refusing privacy

id: courtesy-08-c05
lesson: courtesy-08
region: global
situation: 一位客人在酒店餐厅点了菜单上的清蒸石斑鱼，厨房说今天的石斑鱼已经卖完了。
+ 您应该怎么对客人说？
option_a: "I'm sorry, the grouper is sold out today. May I suggest the sea bass?"
option_b: "No grouper today, sorry."
option_c: 说 "The kitchen says no."，然后站在一旁等客人重新点。
answer: a
explanation: 说"没有"之后马上给出替代选择，客人就不会觉得被拒绝。
+ 用 I'm sorry、I'm afraid 或 Unfortunately 开头，再用 "May I suggest...?" 推荐类似的菜，
+ 是服务行业常用的说法。
reference: https://www.englishclass101.com/lesson/hospitality-english-for-hotels-24-polite-refusals/?lp=84
reference: https://en.wikipedia.org/wiki/Service_recovery_paradox
tags: refusing restaurant

id: courtesy-08-c06
lesson: courtesy-08
region: global
situation: 一位乘客急着赶渡轮，一直催您："Can you go faster? Please!" 您已经开到限速了。
+ 怎么回应最好？
option_a: 为了让客人赶上渡轮，稍微超一点速，这条路上车不多。
option_b: "No, I can't. It's too dangerous, and I don't want a speeding ticket."
option_c: "I understand. I can't speed, but I'm taking the quickest route."
option_d: 不吭声，照常开，开车时说话会分心。
answer: c
explanation: 好的拒绝先表示理解客人的处境，再说明不能做的原因，然后告诉客人
+ 您正在做什么、大概还要多久（"We should be there in about ten minutes."）。
+ 这样客人即使着急，也会安心一些。
+ 超速危及安全；冷冰冰的 "No" 或一声不吭，只会让客人更焦虑。
reference: https://www.eapronantes-formation.com/en/post/how-to-say-no-to-your-guest-without-damaging-the-customer-relation
reference: 《中华人民共和国道路交通安全法》
tags: refusing taxi

# ---- 第9课：残障礼仪 ----

id: courtesy-09-c01
lesson: courtesy-09
region: global
situation: 一位听障客人带着手语翻译来前台办理入住。您说话时应该看着谁、对谁说？
option_a: 看着翻译，对翻译说 "Please ask her for her passport."
option_b: 看着客人本人，直接对她说 "May I see your passport?"
option_c: 把要说的话写在纸上，交给翻译。
answer: b
explanation: 和残障客人交流时，要直接对客人本人说话，而不是对翻译、陪同或向导说。
+ 翻译只是帮助沟通，客人才是您服务的对象。
reference: https://disabilitytraining.humboldt.edu/disability-etiquette-wrap
reference: https://www.colgate.edu/about/campus-services-and-resources/disability-etiquette-communication-considerations
tags: disability communication

id: courtesy-09-c02
lesson: courtesy-09
region: global
situation: 一位坐轮椅的客人正要上酒店门口的斜坡。您看见了，想帮忙。怎么做最合适？
option_a: 马上从后面推轮椅帮他上坡，坡很陡，等问完就晚了。
option_b: 假装没看见，免得客人觉得被同情。
option_c: 叫客人的同伴去推，同伴更了解他需要什么。
option_d: 先问客人要不要帮忙，再按他说的做。
answer: d
explanation: 正确的顺序是：先主动问（"Would you like some help?"），等对方接受，
+ 再问清楚要怎么帮（"How would you like me to help?"）。
+ 轮椅是使用者个人空间的一部分，没经同意就推是失礼的。客人说不用，
+ 就尊重他的决定。
reference: https://disabilitytraining.humboldt.edu/disability-etiquette-wrap
reference: https://www.colgate.edu/about/campus-services-and-resources/disability-etiquette-communication-considerations
reference: https://alexwlchan.net/ideas-for-inclusive-events/ideas/dont-interfere
tags: disability wheelchair help

id: courtesy-09-c03
lesson: courtesy-09
region: CN
situation: 一位视障乘客带着导盲犬在路边招手，您的出租车停了下来。您应该怎么做？
option_a: 欢迎他和导盲犬一起上车，不去摸或逗导盲犬。
option_b: 说 "Sorry, no dogs." 然后开走。
option_c: 让导盲犬待在后备箱里。
option_d: 请他等别的车，免得弄脏座椅。
answer: a
explanation: 导盲犬是工作犬，要和主人待在一起。《残疾人保障法》第五十八条写明，
+ 盲人可以携带导盲犬出入公共场所（遵守国家有关规定）；全国性的《无障碍环境建设法》也于2023年6月28日通过。
+ 让导盲犬和主人一起上车，不要摸它、喂它或逗它。
reference: https://globaltimes.cn/page/202110/1236047.shtml
reference: https://www.chinajusticeobserver.com/a/china-enacts-law-on-barrier-free-environment
reference: https://www.nassaucountyny.gov/3176/Disability-Etiquettes
reference: 《中华人民共和国残疾人保障法》第五十八条
reference: http://www.xinhuanet.com/english/2018-10/14/c_137532272.htm
tags: disability guide-dog taxi
local: 导盲犬乘车：全国适用的《残疾人保障法》第五十八条和《无障碍环境建设法》
local_source: 《中华人民共和国残疾人保障法》第五十八条；《中华人民共和国无障碍环境建设法》（2023 年 9 月 1 日起施行）

id: courtesy-09-c04
lesson: courtesy-09
region: global
situation: 一位视障客人带着导盲犬在大堂等朋友。一位很喜欢狗的同事拿着一块饼干走过去，
+ 想喂它。您应该怎么做？
option_a: 也过去摸摸它，导盲犬都受过训练，很温顺，不会咬人。
option_b: 没关系，喂一块饼干不要紧，狗狗会很开心。
option_c: 叫导盲犬的名字，逗它玩一会儿，帮客人解解闷。
option_d: 拦住同事：导盲犬在工作，不能喂、摸或逗它。
answer: d
explanation: 导盲犬正在工作，喂它、摸它、跟它说话都会分散它的注意力，影响它给主人引路。
+ 想和导盲犬互动，必须先征得主人同意。
reference: https://www.nassaucountyny.gov/3176/Disability-Etiquettes
tags: disability guide-dog

id: courtesy-09-c05
lesson: courtesy-09
region: global
situation: 您是客房服务员，给一位视障客人送他要的毛巾。房门开着，客人坐在房间里。
+ 您应该怎么做？
option_a: 轻手轻脚地把毛巾放在门口的桌上就走，免得打扰他休息。
option_b: 先敲门，报上身份和来意；离开时也说一声。
option_c: 走到客人身边，轻轻拍一下他的肩膀，告诉他毛巾送来了。
answer: b
explanation: 视障客人看不见谁来了、谁走了。到达时报上身份和来意，例如
+ "Hello, this is housekeeping. I've brought your towels."；离开时也说一声，
+ 例如 "I'm leaving now."，客人才能安心。一声不响地进出，或者突然碰客人，
+ 都可能吓到对方。
reference: https://disabilitytraining.humboldt.edu/disability-etiquette-wrap
reference: https://www.colgate.edu/about/campus-services-and-resources/disability-etiquette-communication-considerations
tags: disability blind housekeeping

id: courtesy-09-c06
lesson: courtesy-09
region: global
situation: 一位坐轮椅的客人来到礼宾台，想详细了解几条一日游路线，可能要谈十来分钟。
+ 礼宾台比较高。您怎么做最好？
option_a: 站在台子后面，探身向下跟客人说话，资料放在台面上指给他看。
option_b: 跟陪同客人的同伴讲，同伴站着，交流更方便。
option_c: 走出礼宾台，坐在客人旁边，和他视线平齐地一起看资料。
option_d: 把资料递给客人，请他自己慢慢看，有问题再问。
answer: c
explanation: 和坐轮椅的客人较长时间交谈时，最好坐下来，让视线和客人平齐，
+ 客人不用一直仰着头，交流也更自然。要直接和客人本人交谈，不要通过同伴传话。
reference: https://disabilitytraining.humboldt.edu/disability-etiquette-wrap
reference: https://www.colgate.edu/about/campus-services-and-resources/disability-etiquette-communication-considerations
tags: disability wheelchair

id: courtesy-09-c07
lesson: courtesy-09
region: global
situation: 您要在预订系统里给一位客人的订单加一条英文备注，提醒同事为他准备无障碍客房。
+ 下面哪种写法最合适？
option_a: "Handicapped guest. Needs a special room near the lift."
option_b: "Wheelchair-bound guest. Please give him an accessible room."
option_c: "Guest uses a wheelchair. Please assign an accessible room."
answer: c
explanation: 提到残障时，建议用"以人为先"的说法：先说人，再说情况，
+ 例如 "a guest who uses a wheelchair"，而不是用残障给人贴标签。
+ 同时把需要做的事写清楚（accessible room）。
reference: https://disabilitytraining.humboldt.edu/disability-etiquette-wrap
reference: https://www.colgate.edu/about/campus-services-and-resources/disability-etiquette-communication-considerations
tags: disability language

id: courtesy-09-c08
lesson: courtesy-09
region: global
situation: 一位坐轮椅的客人问礼宾员，明天能不能去参观海边的一座灯塔。
+ 您知道那里有一段台阶。您应该怎么回答？
option_a: 如实介绍那里的情况（有多少台阶、有没有坡道或别的路线），让客人自己决定。
option_b: 建议他改去商场，那里更方便。
option_c: 直接说那里去不了，不用多解释。
option_d: "I don't think it's suitable for you."
answer: a
explanation: 不要替残障客人判断他能做什么、不能做什么。提供准确的信息，
+ 比如台阶、坡道、电梯和路面的情况，去不去、怎么去由客人自己决定。
reference: https://disabilitytraining.humboldt.edu/disability-etiquette-wrap
reference: https://www.colgate.edu/about/campus-services-and-resources/disability-etiquette-communication-considerations
tags: disability information

# ---- 第10课：尊重 LGBTQ 客人 ----

id: courtesy-10-c01
lesson: courtesy-10
region: global
situation: 两位男客人一起来办理入住，订的是一间大床房，住三晚。您应该怎么确认？
option_a: "Are you sure you want one bed? We also have twin rooms available."
option_b: 和对其他客人一样确认："So that's one double room for three nights?"
option_c: "I think you booked the wrong room type."
option_d: 先去问同事该怎么办，让客人在一旁等。
answer: b
explanation: 不要问同性客人"真的要一张床吗"，也不要暗示他们订错了房型。
+ 用和对待任何客人一样中性的方式确认预订就好；如果客人想换房型，会自己说出来。
reference: https://www.geta-europe.org/guru2-5-tips.php?curlng=3
reference: https://www.afar.com/magazine/the-most-annoying-things-hotels-do-to-gay-travelers?p=2
tags: lgbtq check-in

id: courtesy-10-c02
lesson: courtesy-10
region: global
situation: 一份蜜月套餐的预订上写着两位客人的名字：Emma Wilson 和 Sarah Lee。
+ 您要打印欢迎信，抬头怎么写最合适？
option_a: "Dear Mr. and Mrs. Wilson"
option_b: "Dear Mr. and Mrs. Lee"
option_c: "Dear Emma Wilson and Sarah Lee"
answer: c
explanation: 在不了解客人的情况下，不要写 "Mr. and Mrs."。直接用预订上的全名，
+ 或者写 "Dear Guests"，既准确又不会冒犯任何客人。
+ 蜜月、情人节等套餐对所有客人都一样提供。
reference: https://www.geta-europe.org/guru2-5-tips.php?curlng=3
reference: https://www.afar.com/magazine/the-most-annoying-things-hotels-do-to-gay-travelers?p=2
tags: lgbtq writing

id: courtesy-10-c03
lesson: courtesy-10
region: global
situation: 两位女客人在前台问："Do you have any honeymoon packages?" 您应该怎么做？
option_a: 像对任何客人一样，热情地介绍蜜月套餐的内容和价格。
option_b: 说蜜月套餐只适合夫妻，推荐她们看普通的双人套餐。
option_c: 愣一下，问 "For you two?"
answer: a
explanation: 酒店的各种套餐（蜜月、情人节等）应该对所有客人一视同仁。
+ 露出惊讶的反应，或者另推别的套餐，都会让客人觉得自己不受欢迎。
reference: https://www.geta-europe.org/guru2-5-tips.php?curlng=3
reference: https://www.afar.com/magazine/the-most-annoying-things-hotels-do-to-gay-travelers?p=2
tags: lgbtq hotel

id: courtesy-10-c04
lesson: courtesy-10
region: global
situation: 晚上一位客人走进酒店大堂。您从外表和声音一时判断不出客人的性别。
+ 您怎么问候最合适？
option_a: "Good evening, sir."
option_b: "Good evening, madam."
option_c: 先不说话，等客人开口再判断。
option_d: "Good evening, welcome."
answer: d
explanation: 不要凭外表或声音去猜客人的性别。"Good evening, welcome." 这样不带 sir 或 madam 的中性问候，
+ 对谁都不会出错；知道客人的名字后，就按客人希望的名字和称谓来称呼。
+ 沉默不语则显得冷淡。
reference: https://www.geta-europe.org/guru2-5-tips.php?curlng=3
reference: https://www.afar.com/magazine/the-most-annoying-things-hotels-do-to-gay-travelers?p=2
tags: lgbtq greeting

id: courtesy-10-c05
lesson: courtesy-10
region: global
situation: 一位客人入住时出示护照，护照上的名字是 "Jonathan Miller"，客人说：
+ "Please call me Jo." 您应该怎么做？
option_a: 坚持用护照上的名字称呼：登记信息必须和护照一致，称呼也一样。
option_b: 照常用护照登记，在系统里备注 "Jo"，之后就这样称呼。
option_c: 问清客人为什么不用护照上的名字，以免登记出错。
answer: b
explanation: 酒店必须凭护照为外国客人办理住宿登记，这一点不能变；但日常称呼、留言
+ 和房卡套上的名字，可以用客人希望的名字。在系统里备注一下，所有同事都能照做。
+ 追问原因会让客人难堪。
reference: https://www.geta-europe.org/guru2-5-tips.php?curlng=3
reference: https://www.afar.com/magazine/the-most-annoying-things-hotels-do-to-gay-travelers?p=2
reference: 《中华人民共和国出境入境管理法》第三十九条
reference: http://jiyuan.gov.cn/gov_special/zsyz/wstz_zsyz/syzy/t965990.html
tags: lgbtq names check-in

# ---- 第11课：拍照与肖像 ----

id: courtesy-11-c01
lesson: courtesy-11
region: global
situation: 一位穿着漂亮传统服装的外国客人在大堂等朋友。您想拍下来，
+ 发到酒店的社交媒体上。您应该怎么做？
option_a: 悄悄拍一张，不拍正脸，这样不会侵犯客人的隐私。
option_b: 先礼貌地问客人能不能拍，说明用途；不同意就不拍。
option_c: 远远地用长焦拍，客人不会注意到，也不会被打扰。
option_d: 先拍了再说，之后给客人看，客人不同意再删掉。
answer: b
explanation: 拍别人之前要先征得同意，对方说不就马上作罢。作为员工，更不能随意拍客人；
+ 要发到社交媒体上，还应该先说清楚用途。
reference: https://help.wendywutours.com.au/knowledge/travel-with-consideration-china
reference: http://en.people.cn/205040/7856860.html
tags: photo consent

id: courtesy-11-c02
lesson: courtesy-11
region: global
situation: 酒店儿童乐园里，一个外国小朋友玩得很开心。同事想拍几张照片放进酒店的宣传册。
+ 怎么做才对？
option_a: 孩子不懂这些，直接拍就行。
option_b: 不拍正脸就可以。
option_c: 先征得孩子父母的同意，父母同意了再拍。
option_d: 问孩子自己愿不愿意。
answer: c
explanation: 拍孩子必须先征得父母同意，孩子自己说"好"不算数。用于宣传，更要事先说清楚用途。
reference: https://help.wendywutours.com.au/knowledge/travel-with-consideration-china
reference: http://en.people.cn/205040/7856860.html
tags: photo children consent

id: courtesy-11-c03
lesson: courtesy-11
region: CN
situation: 前台一位新同事为了"方便"，用自己的手机拍下外国客人的护照，说以后查信息用得上。
+ 您应该怎么做？
option_a: 提醒他证件只能按登记流程扫描，请他删掉手机里的照片。
option_b: 没关系，反正登记时也要扫描护照，多拍一张也一样。
option_c: 建议他把照片发到工作群里，这样大家查信息都方便。
answer: a
explanation: 按照《出境入境管理法》，酒店要为外国客人办理住宿登记并报送公安机关，
+ 所以前台要查看、扫描护照；但这只限于规定的登记流程。员工不能用私人手机拍客人
+ 或客人的证件，更不能随意转发。
reference: https://chinasurvivalkit.com/blog/china-hotel-check-in-foreigner
reference: https://help.wendywutours.com.au/knowledge/travel-with-consideration-china
reference: http://en.people.cn/205040/7856860.html
reference: 《中华人民共和国出境入境管理法》第三十九条
reference: http://jiyuan.gov.cn/gov_special/zsyz/wstz_zsyz/syzy/t965990.html
tags: photo privacy check-in

id: courtesy-11-c04
lesson: courtesy-11
region: global
situation: 您在海边步道上散步，看到一对外国游客轮流给对方拍照，想拍合影却总拍不好。
+ 您想帮忙，怎么做最合适？
option_a: 直接拿过他们的手机帮忙拍，他们一看就明白您是好意。
option_b: 站在旁边看着，等他们开口请您帮忙。
option_c: 用自己的手机帮他们拍好，再加他们的微信把照片发过去。
option_d: 走过去问他们要不要帮忙拍一张合影。
answer: d
explanation: 给游客拍照是很好的帮助，但要先问，例如 "Would you like me to take a photo
+ of you both?"，得到同意再接过手机。拍完双手递回，
+ 问一句 "Would you like another one?"。用自己的手机拍陌生人，等于没经同意
+ 就留下了别人的照片。
reference: https://help.wendywutours.com.au/knowledge/travel-with-consideration-china
reference: http://en.people.cn/205040/7856860.html
tags: photo help

id: courtesy-11-c05
lesson: courtesy-11
region: CN
situation: 您开车送一位外国游客去码头，路过一片挂着"军事管理区 禁止拍照"牌子的港区。
+ 客人举起相机对着停靠的军舰拍。您应该怎么做？
option_a: 不关自己的事，拍了什么出了问题，也是客人自己负责。
option_b: 礼貌地提醒客人这里禁止拍照。
option_c: 伸手把客人的相机按下去，这样最快，免得惹麻烦。
answer: b
explanation: 军事设施和其他敏感场所一律禁止拍照。客人多半看不懂中文标志，
+ 司机礼貌地提醒一句 "I'm sorry, photos aren't allowed here. It's a military area."，
+ 就能帮客人避免很大的麻烦。不要动手碰客人的相机。
reference: https://help.wendywutours.com.au/knowledge/travel-with-consideration-china
reference: http://en.people.cn/205040/7856860.html
tags: photo rules

id: courtesy-11-c06
lesson: courtesy-11
region: global
situation: 您送一位外国客人去一座寺庙。下车时他问："Can I take photos inside?"
+ 您不清楚这座寺庙的规定。怎么回答最好？
option_a: "Sure, no problem. Temples are public places."
option_b: "No. Taking photos is never allowed in temples, so please put your camera away."
option_c: "Some places may not allow photos. Please check the signs."
option_d: "I don't know."
answer: c
explanation: 许多寺庙和博物馆禁止拍照，但各处的规定不一样。不确定时，
+ 不要随口说"可以"，也不要说"一律不行"；提醒客人留意标志、问问工作人员，
+ 才是负责的回答。
reference: https://help.wendywutours.com.au/knowledge/travel-with-consideration-china
reference: http://en.people.cn/205040/7856860.html
tags: photo temple

id: courtesy-11-c07
lesson: courtesy-11
region: global
situation: 一位市民在海滩上遇到一个外国旅游团，想和其中一位客人合影。客人笑着摆摆手说
+ "No, thank you."。这位市民应该怎么做？
option_a: 笑着说 "OK, no problem!"，不再要求。
option_b: 再三请求 "Just one, please!"，外国游客一般都好说话。
option_c: 趁客人不注意，从侧面拍一张留作纪念，不发到网上就行。
answer: a
explanation: 对方拒绝拍照时，要马上、愉快地接受，不要一再请求，更不能偷拍。
+ 每个人都可以有不想被拍的理由，不需要向别人解释。
reference: https://help.wendywutours.com.au/knowledge/travel-with-consideration-china
reference: http://en.people.cn/205040/7856860.html
tags: photo consent

# ---- 第12课：吸烟 ----

id: courtesy-12-c01
lesson: courtesy-12
region: CN
situation: 一位外国乘客上车后拿出香烟，问："Mind if I smoke?" 您应该怎么回应？
option_a: "Sure, go ahead. I'll open the window for you."
option_b: "No! No smoking!"
option_c: "I'm sorry, smoking isn't allowed in the car."
option_d: 不说话，让他抽，不好驳客人的面子。
answer: c
explanation: 《青岛市控制吸烟条例》（2013年9月1日起施行）禁止在室内公共场所、
+ 工作场所和出租汽车等公共交通工具上吸烟。
+ 车里抽烟也会让下一位乘客不舒服。礼貌说明不能抽，再给出替代办法，
+ 例如 "If you like, I can stop somewhere so you can have a cigarette."，
+ 比一句生硬的 "No!" 更容易让客人接受。
reference: https://global.chinadaily.com.cn/china/2015-12/28/content_22834827_9.htm
reference: http://www.chinadaily.com.cn/china/2014-11/29/content_18996868.htm
tags: smoking taxi
reference: 《青岛市控制吸烟条例》
local: 出租汽车等公共交通工具内禁止吸烟（《青岛市控制吸烟条例》，2013 年 9 月 1 日起施行）
local_source: 《青岛市控制吸烟条例》（青岛市人大常委会 2013 年 6 月 27 日通过，2013 年 9 月 1 日起施行）；条文号未按正式文本核对，不写

id: courtesy-12-c02
lesson: courtesy-12
region: CN
situation: 您开着出租车载着一位客人，堵在路上已经很久了，您很想抽支烟。
+ 怎么做最合适？
option_a: 忍一忍：车上有乘客时不抽烟。
option_b: 问一句 "Do you mind if I smoke?"，乘客同意就抽。
option_c: 打开车窗抽，烟会飘出去。
answer: a
explanation: 车上有乘客时，司机不应该吸烟。乘客即使出于客气说 "OK"，
+ 烟味也会让人不舒服；《青岛市控制吸烟条例》还禁止在出租汽车等公共交通工具上吸烟。
+ 等乘客下车后，到允许吸烟的地方再抽。
reference: https://global.chinadaily.com.cn/china/2015-12/28/content_22834827_9.htm
reference: http://www.chinadaily.com.cn/china/2014-11/29/content_18996868.htm
tags: smoking taxi
reference: 《青岛市控制吸烟条例》
local: 出租汽车内禁止吸烟，司机也不例外（《青岛市控制吸烟条例》）
local_source: 《青岛市控制吸烟条例》（青岛市人大常委会 2013 年 6 月 27 日通过，2013 年 9 月 1 日起施行）；条文号未按正式文本核对，不写

id: courtesy-12-c03
lesson: courtesy-12
region: CN
situation: 一位客人在前台问："Where can I smoke?" 酒店室内全部禁烟，正门外有吸烟区。
+ 您怎么回答？
option_a: "In your room is fine, as long as you open the window."
option_b: "Not indoors, I'm afraid, but there's a smoking area outside the main entrance."
option_c: "Smoking is bad for your health, you know."
option_d: "Nowhere, I'm afraid. Smoking is banned everywhere in China."
answer: b
explanation: 客人问哪里能吸烟，就告诉他可以吸烟的地方，不要只说不行，也不要劝他戒烟。
+ "在中国哪里都不能吸烟"并不准确：控烟条例禁止的是室内公共场所等地方，
+ 各地的规定也不尽相同。
reference: https://global.chinadaily.com.cn/china/2015-12/28/content_22834827_9.htm
reference: http://www.chinadaily.com.cn/china/2014-11/29/content_18996868.htm
tags: smoking hotel
local: 酒店等室内公共场所禁止吸烟（《青岛市控制吸烟条例》）
local_source: 《青岛市控制吸烟条例》（青岛市人大常委会 2013 年 6 月 27 日通过，2013 年 9 月 1 日起施行）；条文号未按正式文本核对，不写

id: courtesy-12-c04
lesson: courtesy-12
region: CN
situation: 一位外国客人坐在酒店大堂的沙发上点起了烟。您应该怎么做？
option_a: 他是贵宾，装作没看见，免得得罪客人。
option_b: 走过去告诉他 "You must pay a 200 yuan fine."
option_c: 在大堂里大声喊 "No smoking!"，让他马上熄灭。
option_d: 走过去小声、礼貌地说明室内不能吸烟，带他去室外的吸烟区。
answer: d
explanation: 《青岛市控制吸烟条例》禁止在室内公共场所吸烟，所以酒店要管；
+ 但罚款不是员工能开的，也不要拿罚款吓唬客人。
+ 走过去小声、礼貌地说明，例如 "Excuse me, I'm afraid smoking isn't allowed indoors.
+ There's a smoking area just outside. May I show you?"，再带客人去吸烟区，
+ 既守规矩又给客人留了面子。
reference: https://global.chinadaily.com.cn/china/2015-12/28/content_22834827_9.htm
reference: http://www.chinadaily.com.cn/china/2014-11/29/content_18996868.htm
tags: smoking hotel
reference: 《青岛市控制吸烟条例》
local: 室内公共场所禁止吸烟（《青岛市控制吸烟条例》）；场所的劝阻责任、罚则和条文号按正式文本核对后才写；选项里的 200 元是示例
local_source: 《青岛市控制吸烟条例》（青岛市人大常委会 2013 年 6 月 27 日通过，2013 年 9 月 1 日起施行）；条文号未按正式文本核对，不写

id: courtesy-12-c05
lesson: courtesy-12
region: CN
situation: 您把一位外国客人送到医院门口，他要去看望住院的朋友。下车后，
+ 他说想先在医院的院子里抽支烟。您怎么提醒最合适？
option_a: 不用提醒，室外的地方都可以随便抽。
option_b: "Smoking is banned everywhere in China, so please don't."
option_c: "Hospitals often don't allow smoking, even outside."
answer: c
explanation: 控烟规定不只管室内：不少城市的控烟条例还禁止在学校、儿童医院等场所的室外区域吸烟；
+ 全国的医疗卫生机构从2011年起全面禁烟。
+ 不清楚本地的具体规定时，提醒客人留意禁烟标志就好（"Please check the signs."）；
+ "整个中国哪里都不能抽"则是夸大其词。
reference: https://global.chinadaily.com.cn/china/2015-12/28/content_22834827_9.htm
tags: smoking
reference: 《青岛市控制吸烟条例》
reference: 卫生部等《关于2011年起全国医疗卫生系统全面禁烟的决定》
local: 室外也禁烟的地方：按《青岛市控制吸烟条例》的正式文本填写（未核对，所以不列举）；医疗卫生机构全面禁烟（全国）
local_source: 《青岛市控制吸烟条例》（青岛市人大常委会 2013 年 6 月 27 日通过，2013 年 9 月 1 日起施行）；条文号未按正式文本核对，不写；卫生部等《关于2011年起全国医疗卫生系统全面禁烟的决定》
