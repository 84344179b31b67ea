package ducha.petitions.internal;

import java.time.LocalDate;

import ducha.core.directory.Department;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.Staff;
import ducha.petitions.Clearance;
import ducha.petitions.Conclusion;
import ducha.petitions.Petition;

/**
 * The text of a 不实信访举报澄清通知书. It names the report by number, category and date only: never the reporter
 * nor the report's content.
 */
final class ClearanceNotice {

	private ClearanceNotice() {
	}

	static String text(Clearance clearance, Petition petition, DirectoryService directory) {
		Staff staff = directory.staff(clearance.staffNo()).orElse(null);
		String name = staff == null ? "工号 " + clearance.staffNo() : staff.name();
		String department = staff == null ? ""
				: directory.department(staff.departmentCode()).map(Department::name).orElse(staff.departmentCode());
		String finding = petition.conclusion() == Conclusion.FALSE_OR_MALICIOUS ? "经核查，所反映问题系诬告陷害"
				: "经核查，所反映问题不实";
		return "不实信访举报澄清通知书\n\n" + (department.isEmpty() ? "" : department) + name + "同志：\n\n" + "　　"
				+ date(petition.receivedOn()) + "，本院收到反映你" + petition.category() + "问题的信访举报（编号 "
				+ petition.number() + "）。" + finding + "，现予以澄清，消除影响。\n\n　　" + clearance.statement()
				+ "\n\n　　特此通知。\n\n" + "政治部（督察室）\n" + date(clearance.clearedOn()) + "\n";
	}

	private static String date(LocalDate day) {
		return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
	}
}
