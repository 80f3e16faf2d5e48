# 日常服务用语 —— cordial 随附的通用手册（所有接待外国客人的市民先学这一本）
#
# 格式见 cordial-handbook(5)。每条记录之间空一行；"字段: 内容"；
# 以 "+ " 开头的行接续上一行的内容；以 # 开头的行是注释。
# 读音：zh_reading 为带声调的汉语拼音（"一""不"按变调标注），
# ja_reading 为平文式（Hepburn）罗马字，长音加横线（ō、ū），
# ko_reading 为韩国语罗马字标记法（Revised Romanization），按实际发音标注。
# tags 里的 listen 表示这是客人常说、需要听懂的话；其余是我们对客人说的话。
# 同一句话在各外语里的说法按各语言的习惯来写，不逐字对译。

%rec: Handbook

id: everyday
title: 日常服务用语
title_en: Everyday service phrases
title_ja: 日常の接客フレーズ
title_ko: 일상 서비스 표현
source: zh
languages: en ja ko
version: 1
description: 为所有接待外国客人的市民准备的通用手册：出租车司机、酒店员工、
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
ko: 좋은 아침입니다.
ko_reading: joeun achimimnida.
note: 英语一般中午十二点以前说 "Good morning"，之后说 "Good afternoon"。
+ 韩语里「안녕하세요」全天都能用，「좋은 아침입니다」只在早上说。
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
note: "Good evening" 是见面时的问候；"Good night" 是道别或睡前说的，见面时不要用。
+ 韩语晚上见面仍说「안녕하세요」。
register: polite
