# A small handbook for the command-line tests.
%rec: Handbook

id: shop
title: 商店服务用语
title_en: Phrases for shop staff
source: zh
languages: en ja
version: 1
editor: Test desk
license: CC BY 4.0

%rec: Lesson

id: shop-01
title: 欢迎与结账
title_en: Welcome and checkout
order: 1

%rec: Phrase

id: shop-01-001
zh: 欢迎光临！
zh_reading: huānyíng guānglín!
en: Welcome!
en_alt: Hello, welcome!
ja: いらっしゃいませ。
ja_reading: irasshaimase.
register: polite
tags: greeting

id: shop-01-002
zh: 需要发票吗？
zh_reading: xūyào fāpiào ma?
en: Would you like a receipt?
ja: 領収書はご入用ですか。
note: 中国的"发票"在英语里一般说 receipt；正式的增值税发票可以说 "official invoice"。
tags: payment

id: shop-01-003
zh: 可以刷卡吗？
en: Can I pay by card?
ja: カードで払えますか。
tags: payment

%rec: Courtesy

id: shop-01-c01
region: US
situation: 一位美国客人结账后把零钱推回给您，
+ 说 "Keep the change."。您应该怎么做？
option_a: 坚持把零钱塞回去。
option_b: 微笑道谢；如果店里规定不收小费，就礼貌说明。
option_c: 假装没听见。
answer: b
explanation: 在美国给小费很常见，客人是在表达感谢；无论收不收，都要礼貌回应。
reference: https://www.emilypost.com/advice/tipping-guide
tags: tipping

%rec: Lesson

id: shop-02
title: 找东西
title_en: Finding things
order: 2

%rec: Phrase

id: shop-02-001
zh: 洗手间在那边。
en: The restroom is over there.
en_alt: The toilet is over there.
ja: お手洗いはあちらです。
