// Counterparts whose names Japanese pages write in Chinese characters without a Latin form
// (王毅, 文在寅): the name in English as MOFA's English pages write it, and the country.
// One row per person: name in characters|English name|ISO 3166-1 alpha-2.
export const COUNTERPART_NAME_ROWS = `
王毅|Wang Yi|CN
楊潔篪|Yang Jiechi|CN
李肇星|Li Zhaoxing|CN
習近平|Xi Jinping|CN
胡錦濤|Hu Jintao|CN
温家宝|Wen Jiabao|CN
李克強|Li Keqiang|CN
楽玉成|Le Yucheng|CN
孔鉉佑|Kong Xuanyou|CN
羅照輝|Luo Zhaohui|CN
文在寅|Moon Jae-in|KR
朴槿恵|Park Geun-hye|KR
盧武鉉|Roh Moo-hyun|KR
康京和|Kang Kyung-wha|KR
趙兌烈|Cho Tae-yul|KR
潘基文|Ban Ki-moon|KR
宋旻淳|Song Min-soon|KR
鄭東泳|Chung Dong-young|KR
尹炳世|Yun Byung-se|KR
朴振|Park Jin|KR
金星煥|Kim Sung-hwan|KR
`;
