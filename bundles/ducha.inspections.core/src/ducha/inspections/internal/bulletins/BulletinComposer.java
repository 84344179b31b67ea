package ducha.inspections.internal.bulletins;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import ducha.core.documents.OfficialDocument;
import ducha.inspections.Bulletin;
import ducha.inspections.Finding;
import ducha.inspections.Inspection;

/**
 * The text of a 督察通报: what the inspections found, department by department and person by person, with the
 * rectification each must make and by when. The wording is the office's fixed wording of an official document, in
 * Chinese whatever the UI's language.
 */
final class BulletinComposer {

	static final String OFFICE = "政治部（督察室）";

	private BulletinComposer() {
	}

	/**
	 * @param inspectionOf the inspection of each finding
	 * @param department   a department's name by code
	 * @param person       a person's name by 工号
	 */
	static OfficialDocument compose(Bulletin bulletin, List<Finding> findings, Function<Finding, Inspection> inspectionOf,
			Function<String, String> department, Function<String, String> person) {
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add("为严明工作纪律、转变工作作风，督察室按照年度督察计划开展了日常督察，现将督察发现的问题通报如下：");
		int n = 1;
		for (Finding f : findings) {
			Inspection i = inspectionOf.apply(f);
			String who = department.apply(f.departmentCode())
					+ (f.staffNo() == null ? "" : "（" + person.apply(f.staffNo()) + "）");
			paragraphs.add(chineseNumber(n++) + "、" + who + "：" + i.date().getMonthValue() + "月"
					+ i.date().getDayOfMonth() + "日" + i.mode().label() + "（" + i.source().label() + "）发现，"
					+ f.description() + "。整改要求：" + (f.rectification().isEmpty() ? "立即整改" : f.rectification())
					+ "，整改期限：" + f.deadline() + "。");
		}
		paragraphs.add("请各部门对照通报问题举一反三、认真整改，于整改期限内将整改情况书面报送" + OFFICE + "。");
		return new OfficialDocument(bulletin.title(), bulletin.label(), bulletin.issuedOn(), paragraphs, OFFICE);
	}

	/** 一 to 九十九, as a numbered paragraph of an official document begins. */
	static String chineseNumber(int n) {
		String digits = "零一二三四五六七八九";
		if (n < 10) {
			return String.valueOf(digits.charAt(n));
		}
		int tens = n / 10;
		int ones = n % 10;
		return (tens == 1 ? "" : String.valueOf(digits.charAt(tens))) + "十" + (ones == 0 ? "" : digits.charAt(ones));
	}
}
