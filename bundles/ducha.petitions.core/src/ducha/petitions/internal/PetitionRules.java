package ducha.petitions.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

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
			problems.add(NLS.bind(Messages.fieldRequired, Messages.fieldChannel));
		}
		if (intake.receivedOn() == null) {
			problems.add(NLS.bind(Messages.fieldRequired, Messages.fieldReceivedOn));
		} else if (intake.receivedOn().isAfter(today)) {
			problems.add(NLS.bind(Messages.receivedInFuture, intake.receivedOn()));
		}
		if (!intake.reporter().anonymous()) {
			String name = intake.reporter().name();
			if (name == null || name.isBlank()) {
				problems.add(Messages.reporterNameMissing);
			} else if (name.length() > NAME_LENGTH) {
				problems.add(NLS.bind(Messages.reporterNameTooLong, NAME_LENGTH));
			}
			String contact = intake.reporter().contact();
			if (contact != null && contact.length() > CONTACT_LENGTH) {
				problems.add(NLS.bind(Messages.contactTooLong, CONTACT_LENGTH));
			}
		}
		if (intake.reportedStaff().isEmpty()) {
			problems.add(Messages.reportedMissing);
		}
		Set<String> seen = new HashSet<>();
		for (String no : intake.reportedStaff()) {
			if (!seen.add(no)) {
				problems.add(NLS.bind(Messages.reportedTwice, no));
			} else if (directory.staff(no).isEmpty()) {
				problems.add(NLS.bind(Messages.reportedUnknown, no));
			}
		}
		text(problems, Messages.fieldSummary, intake.summary(), SUMMARY_LENGTH, true);
		text(problems, Messages.fieldCategory, intake.category(), CATEGORY_LENGTH, true);
		if (intake.channel() == Channel.REFERRAL) {
			text(problems, Messages.fieldReferringBody, intake.referringBody(), BODY_LENGTH, true);
			if (intake.referralDeadline() != null && intake.receivedOn() != null
					&& intake.referralDeadline().isBefore(intake.receivedOn())) {
				problems.add(NLS.bind(Messages.referralBeforeReceipt, intake.referralDeadline()));
			}
		} else if (intake.referringBody() != null && !intake.referringBody().isBlank()) {
			problems.add(Messages.referringBodyOnlyForReferrals);
		}
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
	}

	/** A required or optional text within its length. */
	static void text(List<String> problems, String field, String value, int max, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				problems.add(NLS.bind(Messages.fieldRequired, field));
			}
		} else if (value.length() > max) {
			problems.add(NLS.bind(Messages.fieldTooLong, field, max));
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
