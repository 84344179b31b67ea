package ducha.core.spi;

import java.util.List;

import ducha.core.period.Period;
import ducha.core.security.Principal;

/**
 * SPI (OSGi service): a plugin's entries for one staff member's integrity archive. The archive gathers whatever
 * contributors are registered; a removed plugin's entries disappear from view while its data stays.
 */
public interface ArchiveContributor {

	/** Plugin id, e.g. {@code cases}. */
	String source();

	/**
	 * Entries about the staff member dated inside the period that the viewer may see. Contributors must leave
	 * out what the viewer may not see (e.g. petitions not yet concluded when the viewer is the person reported).
	 */
	List<ArchiveEntry> entries(String staffNo, Period period, Principal viewer);
}
