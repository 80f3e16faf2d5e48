# Six scenarios at the limits: the answer is the longest in two, and a is the answer three times.
%rec: Handbook

id: fair
title: 礼仪小测验
title_en: A courtesy quiz
source: zh
languages: en
version: 1

%rec: Lesson

id: fair-01
title: 问候
title_en: Greetings

%rec: Courtesy

id: fair-01-c01
region: global
situation: 第1个情景：客人向您问好。您怎么回应？
option_a: 微笑着说您好。
option_b: 不理会。
option_c: 点点头。
answer: a
explanation: 微笑回应最自然。
reference: https://www.w3.org/International/questions/qa-personal-names

id: fair-01-c02
region: global
situation: 第2个情景：客人向您问好。您怎么回应？
option_a: 点点头。
option_b: 微笑着说您好。
option_c: 微笑着说您好。
answer: b
explanation: 微笑回应最自然。
reference: https://www.w3.org/International/questions/qa-personal-names

id: fair-01-c03
region: global
situation: 第3个情景：客人向您问好。您怎么回应？
option_a: 点点头。
option_b: 不理会。
option_c: 微笑着说您好。
answer: a
explanation: 微笑回应最自然。
reference: https://www.w3.org/International/questions/qa-personal-names

id: fair-01-c04
region: global
situation: 第4个情景：客人向您问好。您怎么回应？
option_a: 不理会。
option_b: 点点头。
option_c: 微笑着说您好。
answer: b
explanation: 微笑回应最自然。
reference: https://www.w3.org/International/questions/qa-personal-names

id: fair-01-c05
region: global
situation: 第5个情景：客人向您问好。您怎么回应？
option_a: 点点头。
option_b: 微笑着说您好。
option_c: 不理会。
answer: a
explanation: 微笑回应最自然。
reference: https://www.w3.org/International/questions/qa-personal-names

id: fair-01-c06
region: global
situation: 第6个情景：客人向您问好。您怎么回应？
option_a: 不理会。
option_b: 微笑着说您好。
option_c: 点点头。
answer: c
explanation: 微笑回应最自然。
reference: https://www.w3.org/International/questions/qa-personal-names
