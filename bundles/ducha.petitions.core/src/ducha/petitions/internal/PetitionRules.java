package ducha.petitions.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import ducha.core.ValidationException;
import ducha.core.directory.DirectoryService;
import ducha.petitions.Channel;
import ducha.petitions.Intake;

/** Checks an intake and lists every problem at once. */
final class PetitionRules {

	static final int NAME_LENGTH = 50;
	static final int CONTACT_LENGTH = 100;
	static final int SUMMARY_LENGTH = 4000;
	static final int CATEGORY_LENGTH = 50;
	static final int BODY_LENGTH = 200;
	static final int TEXT_LENGTH = 4000;

	private PetitionRules() {
	}

	static void check(Intake intake, DirectoryService directory, LocalDate today) {
		List<String> problems = new ArrayList<>();
		if (intake.channel() == null) {
			problems.add("渠道：必填");
		}
		if (intake.receivedOn() == null) {
			problems.add("收件日期：必填");
		} else if (intake.receivedOn().isAfter(today)) {
			problems.add("收件日期：" + intake.receivedOn() + " 晚于今天");
		}
		if (!intake.reporter().anonymous()) {
			String name = intake.reporter().name();
			if (name == null || name.isBlank()) {
				problems.add("举报人：请填写姓名，或选择匿名");
			} else if (name.length() > NAME_LENGTH) {
				problems.add("举报人：姓名最多 " + NAME_LENGTH + " 个字");
			}
			String contact = intake.reporter().contact();
			if (contact != null && contact.length() > CONTACT_LENGTH) {
				problems.add("联系方式：最多 " + CONTACT_LENGTH + " 个字");
			}
		}
		if (intake.reportedStaff().isEmpty()) {
			problems.add("被反映人：至少填写一个工号");
		}
		Set<String> seen = new HashSet<>();
		for (String no : intake.reportedStaff()) {
			if (!seen.add(no)) {
				problems.add("被反映人：工号 " + no + " 重复");
			} else if (directory.staff(no).isEmpty()) {
				problems.add("被反映人：没有工号为 " + no + " 的干警");
			}
		}
		text(problems, "内容摘要", intake.summary(), SUMMARY_LENGTH, true);
		text(problems, "问题类别", intake.category(), CATEGORY_LENGTH, true);
		if (intake.channel() == Channel.REFERRAL) {
			text(problems, "转办机关", intake.referringBody(), BODY_LENGTH, true);
			if (intake.referralDeadline() != null && intake.receivedOn() != null
					&& intake.referralDeadline().isBefore(intake.receivedOn())) {
				problems.add("转办期限：" + intake.referralDeadline() + " 早于收件日期");
			}
		} else if (intake.referringBody() != null && !intake.referringBody().isBlank()) {
			problems.add("转办机关：只有“上级转办”的信访件填写");
		}
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
	}

	/** A required or optional text within its length. */
	static void text(List<String> problems, String field, String value, int max, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				problems.add(field + "：必填");
			}
		} else if (value.length() > max) {
			problems.add(field + "：最多 " + max + " 个字");
		}
	}

	static String required(String field, String value, int max) {
		List<String> problems = new ArrayList<>();
		text(problems, field, value, max, true);
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
		return value.strip();
	}
}
