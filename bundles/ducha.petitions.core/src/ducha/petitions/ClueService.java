package ducha.petitions;

import java.time.LocalDate;
import java.util.List;

import ducha.core.security.Principal;

/**
 * The clue screening library (排查库): cases flagged unqualified, reversed or remanded, or retried. They are imported
 * from a ledger, or pulled from every registered {@link ducha.core.spi.ScreeningClueSource} (the cases plugin, when
 * installed). Reading needs {@link PetitionPermissions#READ}, changing {@link PetitionPermissions#SCREEN}.
 */
public interface ClueService {

	List<Clue> clues(Principal viewer);

	/**
	 * Adds the clues of every registered source that are not in the library yet.
	 *
	 * @return how many were added
	 */
	int refreshFromSources(Principal actor);

	/**
	 * Records the screening result.
	 *
	 * @param seenVersion    the {@link Clue#version()} the screener saw
	 * @param petitionNumber required for {@link ScreeningOutcome#MERGED}: an existing petition
	 * @throws ducha.core.ConcurrentChangeException when the clue changed since it was read
	 */
	Clue screen(long clueId, long seenVersion, ScreeningOutcome outcome, String note, String petitionNumber,
			LocalDate on, Principal actor);
}
