package ducha.team.internal.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import ducha.core.directory.DepartmentNames;
import ducha.core.documents.OfficialDocument;
import ducha.core.period.Period;
import ducha.team.DutyTally;
import ducha.team.EvaluationBulletin;

/**
 * The text of a 季度通报 on the integrity supervisors: each supervisor of the quarter, the duties counted and the
 * office's remarks. The wording is the fixed wording of an official document, Chinese whatever the UI's language.
 */
final class BulletinComposer {

	static final String OFFICE = "政治部（督察室）";

	/** One supervisor's paragraph: who, the duties of the quarter, the remarks (may be empty). */
	record Entry(String staffNo, String name, String departmentCode, List<DutyTally> duties, String remarks) {
	}

	private BulletinComposer() {
	}

	static String title(Period quarter) {
		return "关于" + quarter.label() + "廉政监察员履职情况的通报";
	}

	static OfficialDocument compose(EvaluationBulletin bulletin, List<Entry> entries, DepartmentNames departments) {
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add("根据廉政监察员考核评价办法，督察室对" + bulletin.quarter().label() + "各部门廉政监察员履职情况进行了统计，"
				+ "现通报如下：");
		int n = 1;
		for (Entry e : entries) {
			String department = e.departmentCode() == null || e.departmentCode().isEmpty() ? ""
					: departments.name(e.departmentCode());
			paragraphs.add(n++ + ". " + department + "廉政监察员" + e.name() + "（" + e.staffNo() + "）：" + duties(e.duties())
					+ (e.remarks().isEmpty() ? "" : "评价：" + e.remarks() + (e.remarks().endsWith("。") ? "" : "。")));
		}
		if (entries.isEmpty()) {
			paragraphs.add("本季度无在任廉政监察员。");
		}
		paragraphs.add("履职情况记入个人业绩档案，作为年度考核和评优晋升的加分依据。请各廉政监察员对照通报，认真履行监督职责。");
		return new OfficialDocument(bulletin.title(), bulletin.label(), bulletin.issuedOn(), paragraphs, OFFICE);
	}

	/** 本季度履职：月调阅 3次、跟踪整改 1次，共 4 次。 — or that none was recorded. */
	static String duties(List<DutyTally> duties) {
		if (duties.isEmpty()) {
			return "本季度未记录履职事项。";
		}
		int total = duties.stream().mapToInt(DutyTally::count).sum();
		return "本季度履职：" + duties.stream().map(d -> d.kindLabel() + " " + d.count() + "次")
				.collect(Collectors.joining("、")) + "，共 " + total + " 次。";
	}
}
