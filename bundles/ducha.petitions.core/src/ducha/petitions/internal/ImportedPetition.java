package ducha.petitions.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import ducha.petitions.Channel;
import ducha.petitions.Conclusion;
import ducha.petitions.Disposition;
import ducha.petitions.PetitionState;
import ducha.petitions.Reporter;

/**
 * One row of an imported 信访举报台账, checked, on its way to being stored. The reporter is held only until it is
 * sealed; {@link Reporter#toString()} never prints it, so neither does this record's.
 *
 * @param row        the row's number in the file, to name it in a problem found against the stored petitions
 * @param serial     the running number of {@code number} (17 of XF2024-017), for the counter
 * @param reporter   the identity the file brings, {@link Reporter#ANONYMOUS}, or null: 受保护 without the identity
 *                   in the file (an export of another installation), stored as protected with nothing to reveal
 * @param deadline   as the file gives it; null until {@link #by} computes it as intake does, when the file gives none
 * @param registeredBy the importing account (null until {@link #by})
 */
record ImportedPetition(int row, String number, int serial, Channel channel, LocalDate receivedOn, Reporter reporter,
		List<String> reportedStaff, String category, String summary, String referringBody, LocalDate deadline,
		PetitionState state, Conclusion conclusion, String conclusionText, LocalDate concludedOn,
		Disposition disposition, String dispositionText, LocalDate disposedOn, LocalDate closedOn,
		String registeredBy) {

	ImportedPetition {
		reportedStaff = List.copyOf(reportedStaff);
	}

	/**
	 * This petition as imported by {@code username}, its 办理期限 as the file gives it or as intake computes it.
	 *
	 * @param deadlineDays the days each channel is given (the court's settings, read once for the file)
	 */
	ImportedPetition by(String username, Map<Channel, Integer> deadlineDays) {
		LocalDate due = deadline != null ? deadline : receivedOn.plusDays(deadlineDays.get(channel));
		return new ImportedPetition(row, number, serial, channel, receivedOn, reporter, reportedStaff, category,
				summary, referringBody, due, state, conclusion, conclusionText, concludedOn, disposition,
				dispositionText, disposedOn, closedOn, username);
	}

	int year() {
		return receivedOn.getYear();
	}

	/** True when the reporter is named: in the file (sealed at import) or only as 受保护. */
	boolean protectedReporter() {
		return reporter == null || !reporter.anonymous();
	}
}
