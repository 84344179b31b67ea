package ducha.cases.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import ducha.cases.CaseMarkingService;
import ducha.cases.CaseQuery;
import ducha.cases.CaseRecord;
import ducha.cases.MarkKind;
import ducha.cases.MarkSuggestion;
import ducha.cases.MarkSuggestionService;
import ducha.core.spi.DemoContext;

/**
 * Demo marks on the demo register: a few four-kinds and major cases with the reasons a 庭长 or the supervision
 * office would write, one mark taken back, the keyword scan's suggestions with one confirmed and one dismissed,
 * and a case flagged by hand for a possible conflict with similar rulings.
 */
final class MarkingDemo {

	/** A mark to place: on the first open case whose 案由 contains the word (any open case when none does). */
	private record Plan(MarkKind kind, String causeWord, String reason) {
	}

	private static final List<Plan> MARKS = List.of(
			new Plan(MarkKind.MAJOR_SENSITIVE, "建设工程", "涉案标的额逾三千万元，涉及总包、分包和实际施工人多方主体，法律关系复杂"),
			new Plan(MarkKind.MAJOR_SENSITIVE, "寻衅滋事", "被告人系当地恶势力团伙成员，社会关注度高，列入院庭长监督管理"),
			new Plan(MarkKind.MASS_OR_PUBLIC, "物业服务", "同一小区一百二十余户业主系列案件，矛盾易激化，需防范群体性事件"),
			new Plan(MarkKind.MASS_OR_PUBLIC, "行政补偿", "涉及城郊村集体土地征收补偿，当事人众多，媒体已有报道"),
			new Plan(MarkKind.SIMILAR_CASE_CONFLICT, "民间借贷", "拟认定的利率保护上限与本院同期类案裁判尺度不一致，需提交专业法官会议讨论"),
			new Plan(MarkKind.ILLEGAL_ADJUDICATION, "交通事故", "当事人来信反映承办人私下会见一方代理人，已转督察室核查"),
			new Plan(MarkKind.MAJOR, "金融借款", "标的额一亿二千万元，涉及地方法人银行，院领导要求定期报告进展"),
			new Plan(MarkKind.MAJOR, "交通肇事", "致三人死亡的交通肇事案件，被害人家属多次到院反映，社会影响大"),
			new Plan(MarkKind.MAJOR, "执行实施", "涉民营企业重大执行案件，财产处置关系二百余名职工安置"));

	private MarkingDemo() {
	}

	static void seed(DemoContext context, List<CaseRecord> cases, CaseMarkingService marking,
			MarkSuggestionService suggestions) {
		List<CaseRecord> open = cases.stream().filter(c -> c.status().isOpen()).toList();
		if (open.isEmpty()) {
			return;
		}
		Set<String> used = new HashSet<>();
		int marked = 0;
		for (Plan plan : MARKS) {
			CaseRecord c = pick(open, plan.causeWord(), used);
			marking.mark(c.number().text(), plan.kind(), plan.reason(), context.actor());
			marked++;
		}
		// a mark taken back: the history keeps both events
		CaseRecord withdrawn = pick(open, "劳务合同", used);
		marking.mark(withdrawn.number().text(), MarkKind.MASS_OR_PUBLIC, "同一用工单位四十余名务工人员先后起诉，可能引发群体性事件",
				context.actor());
		marking.unmark(withdrawn.number().text(), MarkKind.MASS_OR_PUBLIC, "经庭前调解，用工单位已统一支付劳务费，风险已化解，不再列为四类案件",
				context.actor());

		int raised = suggestions.suggestByKeywords(context.actor());
		List<MarkSuggestion> pending = suggestions.pending(CaseQuery.ALL, 0, 2, context.actor());
		if (!pending.isEmpty()) {
			suggestions.confirm(pending.get(0).id(), pending.get(0).version(),
					"经庭长审核，确认列入" + pending.get(0).kind().label() + "案件", context.actor());
		}
		if (pending.size() > 1) {
			suggestions.dismiss(pending.get(1).id(), pending.get(1).version(),
					"经庭长审核，案情简单、当事人单一，不属于四类案件", context.actor());
		}
		CaseRecord flagged = pick(open, "买卖合同", used);
		suggestions.flag(flagged.number().text(), MarkKind.SIMILAR_CASE_CONFLICT,
				"承办人提示：本案对格式条款效力的认定可能与上级法院近期类案判决不一致", context.actor());
		raised += suggestions.suggestByPartyCount(context.actor());
		context.log("四类案件和重大案件标记 " + (marked + 2) + " 次，提示 " + (raised + 1) + " 条");
	}

	private static CaseRecord pick(List<CaseRecord> open, String causeWord, Set<String> used) {
		CaseRecord chosen = open.stream().filter(c -> c.cause().contains(causeWord))
				.filter(c -> !used.contains(c.number().text())).findFirst()
				.orElseGet(() -> open.stream().filter(c -> !used.contains(c.number().text())).findFirst()
						.orElse(open.get(0)));
		used.add(chosen.number().text());
		return chosen;
	}
}
