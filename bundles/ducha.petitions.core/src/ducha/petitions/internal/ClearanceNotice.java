package ducha.petitions.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import ducha.core.directory.Department;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.Staff;
import ducha.core.documents.OfficialDocument;
import ducha.petitions.Clearance;
import ducha.petitions.Conclusion;
import ducha.petitions.Petition;

/**
 * The 不实信访举报澄清通知书 as an official document. It names the report by number, category and date only: never
 * the reporter nor the report's content (either could point to who wrote it).
 */
final class ClearanceNotice {

	static final String TITLE = "不实信访举报澄清通知书";
	static final String OFFICE = "政治部（督察室）";

	private ClearanceNotice() {
	}

	/**
	 * @param number the notice's number label (2026年第3期), empty while it has none
	 */
	static OfficialDocument document(Clearance clearance, Petition petition, DirectoryService directory,
			String number) {
		Staff staff = directory.staff(clearance.staffNo()).orElse(null);
		String name = staff == null ? "工号 " + clearance.staffNo() : staff.name();
		String department = staff == null ? ""
				: directory.department(staff.departmentCode()).map(Department::name).orElse(staff.departmentCode());
		String finding = petition.conclusion() == Conclusion.FALSE_OR_MALICIOUS ? "经核查，所反映问题系诬告陷害"
				: "经核查，所反映问题不实";
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add(department + name + "同志：");
		paragraphs.add(date(petition.receivedOn()) + "，本院收到反映你" + petition.category() + "问题的信访举报（编号 "
				+ petition.number() + "）。" + finding + "，现予以澄清，消除影响。");
		paragraphs.add(clearance.statement());
		paragraphs.add("特此通知。");
		return new OfficialDocument(TITLE, number, clearance.clearedOn(), paragraphs, OFFICE);
	}

	/** The document as plain text, for the command line and for pasting. */
	static String text(OfficialDocument document) {
		StringBuilder s = new StringBuilder(document.title()).append('\n');
		if (!document.number().isEmpty()) {
			s.append(document.number()).append('\n');
		}
		for (int i = 0; i < document.paragraphs().size(); i++) {
			// the salutation stands flush left, the body paragraphs are indented by two full-width spaces
			s.append('\n').append(i == 0 ? "" : "　　").append(document.paragraphs().get(i)).append('\n');
		}
		return s.append('\n').append(document.office()).append('\n').append(date(document.date())).append('\n')
				.toString();
	}

	static String date(LocalDate day) {
		return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
	}
}
