%rec: Handbook

id: shop
title: 商店服务用语
source: zh
languages: en ja
version: 3

%rec: Lesson

id: shop-01
title: 欢迎与结账

%rec: Phrase

id: shop-01-001
zh: 欢迎光临！
en: Welcome，
readng: huānyíng

id: shop-01-002
en: Would you like a receipt?

%rec: Courtesy

id: shop-01-c01
situation: 客人说 "Keep the change."
option_a: 收下
option_c: 退回
answer: d
explanation: 礼貌回应。
