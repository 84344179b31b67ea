package ducha.petitions;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import ducha.core.spi.ViewTargets;

/**
 * The subsets of the petitions the home tiles count (在办, 本周到期, 超期) and the list shows when a tile is clicked:
 * one definition for both, so that a tile's figure is the number of rows its click shows.
 */
public enum PetitionSubset {
	/** Not closed. */
	OPEN,
	/** Open, due from today to this Sunday. */
	DUE_THIS_WEEK,
	/** Open past its deadline. */
	OVERDUE;

	public boolean includes(Petition petition, LocalDate today) {
		return switch (this) {
		case OPEN -> petition.state().open();
		case DUE_THIS_WEEK -> petition.state().open() && !petition.deadline().isBefore(today)
				&& !petition.deadline().isAfter(today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)));
		case OVERDUE -> petition.overdue(today);
		};
	}

	/** The list of petitions showing this subset ({@link ViewTargets#subset}). */
	public String target() {
		return ViewTargets.subset(PetitionTargets.LIST, name());
	}
}
