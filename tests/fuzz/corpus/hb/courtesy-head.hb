# 国际礼仪 —— cordial 随附的礼仪手册
#
# 格式见 cordial-handbook(5)。每条记录之间空一行；"字段: 内容"；
# 以 "+ " 开头的行接续上一行的内容；以 # 开头的行是注释。
# 读音：zh_reading 为带声调的汉语拼音（"一""不"按变调标注），
# ja_reading 为平文式罗马字，ko_reading 为韩国语罗马字标记法（Revised Romanization）。
# 情景题中的礼仪事实都来自 reference 所列的资料。讲到某国、某个宗教的习惯时，
# 说的是"常见做法"，并不是每位客人都如此：拿不准就问客人，比凭国籍去猜更好。

%rec: Handbook

id: courtesy
title: 国际礼仪
title_en: International courtesy
title_ja: 国際マナー
title_ko: 국제 매너
source: zh
languages: en ja ko
version: 1
description: 为司机、酒店员工和所有接待外国客人的市民准备：问候与称呼、
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
ko: 만나 뵙게 되어 반갑습니다.
ko_reading: manna boepge doeeo bangapseumnida.
note: 只在第一次见面时说。以前见过的客人要说 "Nice to see you again."。
register: polite
tags: greeting

id: courtesy-01-004
lesson: courtesy-01
zh: 您的名字我这样念对吗？
zh_reading: nín de míngzi wǒ zhèyàng niàn duì ma?
