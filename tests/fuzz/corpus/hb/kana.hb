%rec: Handbook

id: t
title: t
source: zh
languages: ja

%rec: Lesson

id: l
title: l

%rec: Phrase

id: p
zh: 你
ja: 1泊800元でWi-Fiはございます。
ja_reading: ippaku happyaku gen de Wi-Fi wa gozaimasu.
ja_kana: いっぱく はっぴゃく げん で ワイファイ は ございます。
