package ducha.cases.internal.bulletin;

import java.util.List;
import java.util.Map;

import ducha.cases.RectificationFollowup;
import ducha.cases.ReviewFinding;
import ducha.core.directory.DepartmentNames;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.Staff;
import ducha.core.documents.OfficialDocument;

/** The wording of a case bulletin: title, salutation, one paragraph per finding, and what departments must do. */
final class BulletinText {

	/** What a finding without a follow-up must still do. */
	static final String DEFAULT_RECTIFICATION = "限期整改，举一反三，杜绝同类问题再次发生";

	private static final String[] DIGITS = { "", "一", "二", "三", "四", "五", "六", "七", "八", "九" };

	private final DirectoryService directory;
	private final DepartmentNames departments;

	BulletinText(DirectoryService directory) {
		this.directory = directory;
		this.departments = directory.departmentNames();
	}

	OfficialDocument document(BulletinRecord bulletin, List<ReviewFinding> findings,
			Map<ReviewFinding, List<RectificationFollowup>> followups, int talks, String office) {
		List<String> paragraphs = new java.util.ArrayList<>();
		paragraphs.add("各部门：");
		paragraphs.add("审判管理办公室在案件质量评查中发现以下" + findings.size() + "个问题，经政治部（督察室）核实，现通报如下：");
		for (int i = 0; i < findings.size(); i++) {
			ReviewFinding f = findings.get(i);
			paragraphs.add(numeral(i + 1) + "、" + findingLine(f, followups.getOrDefault(f, List.of())));
		}
		if (talks > 0) {
			paragraphs.add("对上述问题，分管院领导会同督察部门已对相关责任人进行提醒谈话" + talks + "人次。");
		}
		paragraphs.add("请各部门引以为戒，对照通报问题开展自查自纠。相关责任人应于通报之日起三十日内完成整改，"
				+ "由所在部门廉政监察员跟踪督促，整改情况报政治部（督察室）。");
		return new OfficialDocument(title(bulletin.title()), bulletin.label(), bulletin.issuedDate(), paragraphs,
				office);
	}

	/**
	 * One finding: 案号, kind, the responsible staff member and department, what was found and the rectification
	 * required (the follow-up's measures, or the standard requirement while none is open).
	 */
	String findingLine(ReviewFinding f, List<RectificationFollowup> followups) {
		String name = directory.staff(f.staffNo()).map(Staff::name).orElse(f.staffNo());
		String department = departments.name(f.departmentCode());
		String rectification = followups.isEmpty() ? DEFAULT_RECTIFICATION
				: String.join("；", followups.stream().map(RectificationFollowup::measures).toList());
		return "案号：" + f.caseNo() + "；问题类型：" + f.type().label() + "；责任人：" + name + "（" + department + "）；问题："
				+ stripEnd(f.description()) + "；整改要求：" + stripEnd(rectification) + "。";
	}

	/** 关于……的案件通报, from the title the bulletin was issued with. */
	static String title(String stored) {
		String t = stored.strip();
		if (t.startsWith("关于") && t.endsWith("通报")) {
			return t;
		}
		if (t.startsWith("关于")) {
			t = t.substring(2);
		}
		for (String end : List.of("的案件通报", "案件通报", "的通报", "通报")) {
			if (t.endsWith(end) && t.length() > end.length()) {
				t = t.substring(0, t.length() - end.length());
				break;
			}
		}
		return "关于" + t + "的案件通报";
	}

	/** 1 → 一, 12 → 十二, 20 → 二十, 35 → 三十五 (bulletins hold far fewer than a hundred findings). */
	static String numeral(int n) {
		if (n < 10) {
			return DIGITS[n];
		}
		if (n >= 100) {
			return String.valueOf(n);
		}
		return (n / 10 == 1 ? "" : DIGITS[n / 10]) + "十" + DIGITS[n % 10];
	}

	private static String stripEnd(String text) {
		String t = text.strip();
		while (!t.isEmpty() && "。；;.".indexOf(t.charAt(t.length() - 1)) >= 0) {
			t = t.substring(0, t.length() - 1);
		}
		return t;
	}
}
