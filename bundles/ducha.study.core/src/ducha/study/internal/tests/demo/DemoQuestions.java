package ducha.study.internal.tests.demo;

import java.util.ArrayList;
import java.util.List;

import ducha.study.Question;
import ducha.study.QuestionType;

/**
 * The demo court's question bank: 32 political-theory questions, eight on each of four topics (three single
 * choices, two multiple choices, two true/false, one short answer). Demo data: Chinese by nature.
 */
final class DemoQuestions {

	static final String THOUGHT = "习近平新时代中国特色社会主义思想";
	static final String CHARTER = "党章党规";
	static final String INTEGRITY = "廉洁自律";
	static final String COURT = "法院工作";
	static final List<String> TOPICS = List.of(THOUGHT, CHARTER, INTEGRITY, COURT);

	private static final int CHOICE_POINTS = 5;
	private static final int SHORT_POINTS = 10;

	private DemoQuestions() {
	}

	static List<Question> all() {
		List<Question> q = new ArrayList<>();
		single(q, "SX-01", THOUGHT, "中国特色社会主义最本质的特征是：", "B", "人民当家作主", "中国共产党领导", "依法治国", "共同富裕");
		single(q, "SX-02", THOUGHT, "党的二十大提出，从现在起中国共产党的中心任务是团结带领全国各族人民全面建成社会主义现代化强国、实现第二个百年奋斗目标，以什么全面推进中华民族伟大复兴？",
				"C", "改革开放", "高质量发展", "中国式现代化", "全面依法治国");
		single(q, "SX-03", THOUGHT, "“两个维护”是指坚决维护习近平总书记党中央的核心、全党的核心地位，坚决维护：", "A",
				"党中央权威和集中统一领导", "宪法和法律权威", "人民群众根本利益", "国家安全和社会稳定");
		multiple(q, "SX-04", THOUGHT, "“四个意识”包括：", "ABCD", "政治意识", "大局意识", "核心意识", "看齐意识");
		multiple(q, "SX-05", THOUGHT, "“四个自信”包括：", "ABD", "道路自信", "理论自信", "历史自信", "文化自信");
		truth(q, "SX-06", THOUGHT, "全面依法治国是国家治理的一场深刻革命。", true);
		truth(q, "SX-07", THOUGHT, "以人民为中心的发展思想只适用于经济工作，不适用于司法工作。", false);
		shortAnswer(q, "SX-08", THOUGHT, "结合审判执行工作，谈谈如何做到“努力让人民群众在每一个司法案件中感受到公平正义”。",
				"要点：坚持以人民为中心；严格公正司法；提高审判质效；加强司法公开；做实诉源治理等。");

		single(q, "DZ-01", CHARTER, "党的最高领导机关是：", "D", "中央委员会", "中央政治局", "中央纪律检查委员会", "党的全国代表大会和它所产生的中央委员会");
		single(q, "DZ-02", CHARTER, "党员如果没有正当理由，连续几个月不参加党的组织生活，或不交纳党费，或不做党所分配的工作，就被认为是自行脱党？", "B",
				"三个月", "六个月", "九个月", "一年");
		single(q, "DZ-03", CHARTER, "《中国共产党纪律处分条例》规定的党纪处分种类有几种？", "C", "三种", "四种", "五种", "六种");
		multiple(q, "DZ-04", CHARTER, "党的纪律主要包括：", "ABCD", "政治纪律、组织纪律", "廉洁纪律", "群众纪律", "工作纪律、生活纪律");
		multiple(q, "DZ-05", CHARTER, "“三会一课”中的“三会”是指：", "ABC", "支部党员大会", "支部委员会", "党小组会", "民主生活会");
		truth(q, "DZ-06", CHARTER, "预备党员的预备期为一年。", true);
		truth(q, "DZ-07", CHARTER, "党员个人服从党的组织，少数服从多数，下级组织服从上级组织，全党各个组织和全体党员服从党的全国代表大会和中央委员会。", true);
		shortAnswer(q, "DZ-08", CHARTER, "简述党员的八项义务中与本职工作关系最密切的两项，并说明如何践行。",
				"要点：认真学习、贯彻执行党的路线方针政策；坚持党和人民利益高于一切；自觉遵守党的纪律和国家法律等。");

		single(q, "LZ-01", INTEGRITY, "中央八项规定出台于哪一年？", "B", "2010年", "2012年", "2014年", "2016年");
		single(q, "LZ-02", INTEGRITY, "“三个规定”中，要求司法人员对领导干部干预司法活动、插手具体案件处理的情况应当：", "A",
				"全面如实记录", "视情况记录", "口头报告即可", "无需记录");
		single(q, "LZ-03", INTEGRITY, "法官与当事人、律师不正当接触交往的，应当依照哪项规定处理？", "C", "法官职业道德基本准则",
				"人民法院工作人员处分条例", "“三个规定”及其实施办法", "民事诉讼法");
		multiple(q, "LZ-04", INTEGRITY, "下列属于违反中央八项规定精神的行为有：", "ABD", "违规收受礼品礼金", "公款吃喝",
				"参加单位组织的廉政教育", "违规配备使用公务用车");
		multiple(q, "LZ-05", INTEGRITY, "“四风”是指：", "ABCD", "形式主义", "官僚主义", "享乐主义", "奢靡之风");
		truth(q, "LZ-06", INTEGRITY, "法官可以在节假日私下接受当事人宴请，只要不影响案件公正审理。", false);
		truth(q, "LZ-07", INTEGRITY, "领导干部应当带头执行个人有关事项报告制度。", true);
		shortAnswer(q, "LZ-08", INTEGRITY, "结合岗位廉政风险点，谈谈如何筑牢拒腐防变的思想防线。",
				"要点：加强理论学习；对照风险防控清单；严守“三个规定”；管好“八小时以外”；自觉接受监督等。");

		single(q, "FY-01", COURT, "民事案件适用普通程序审理的，审理期限一般为立案之日起：", "C", "三个月", "四个月", "六个月", "一年");
		single(q, "FY-02", COURT, "人民法院审判工作的基本要求是：", "A", "以事实为根据，以法律为准绳", "调解优先", "效率优先", "服从行政机关");
		single(q, "FY-03", COURT, "简易程序审理的民事案件，应当在立案之日起多长时间内审结？", "B", "一个月", "三个月", "六个月", "九个月");
		multiple(q, "FY-04", COURT, "审判流程管理中，下列属于长期未结案件重点监管对象的有：", "ABC", "超审限案件", "审理期限即将届满案件",
				"发回重审、指令再审案件", "已按期结案的案件");
		multiple(q, "FY-05", COURT, "人民法院司法公开的主要平台包括：", "ABCD", "中国审判流程信息公开网", "中国庭审公开网",
				"中国裁判文书网", "中国执行信息公开网");
		truth(q, "FY-06", COURT, "裁判文书存在文字错误的，可以由书记员自行更正后送达。", false);
		truth(q, "FY-07", COURT, "审判人员应当自觉遵守回避制度。", true);
		shortAnswer(q, "FY-08", COURT, "简述提升审判质效的主要措施。", "要点：繁简分流；加强审限管理；强化案件评查；规范裁判文书；做实诉源治理等。");
		return q;
	}

	private static void single(List<Question> q, String code, String topic, String text, String answer,
			String... options) {
		choice(q, QuestionType.SINGLE_CHOICE, code, topic, text, answer, options);
	}

	private static void multiple(List<Question> q, String code, String topic, String text, String answer,
			String... options) {
		choice(q, QuestionType.MULTIPLE_CHOICE, code, topic, text, answer, options);
	}

	private static void choice(List<Question> q, QuestionType type, String code, String topic, String text,
			String answer, String... options) {
		q.add(new Question(0, code, topic, type, text, List.of(options), answer, CHOICE_POINTS, false));
	}

	private static void truth(List<Question> q, String code, String topic, String text, boolean right) {
		q.add(new Question(0, code, topic, QuestionType.TRUE_FALSE, text, List.of(), right ? "对" : "错", CHOICE_POINTS,
				false));
	}

	private static void shortAnswer(List<Question> q, String code, String topic, String text, String reference) {
		q.add(new Question(0, code, topic, QuestionType.SHORT_ANSWER, text, List.of(), reference, SHORT_POINTS, false));
	}
}
