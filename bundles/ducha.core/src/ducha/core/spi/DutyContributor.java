package ducha.core.spi;

import java.util.List;
import java.util.Set;

import ducha.core.period.Period;

/**
 * SPI (OSGi service): the duties a plugin's records show each staff member performed in a period (reviews done as
 * reviewer, rectifications followed as integrity supervisor, talks held, ...), for the supervisor team's
 * performance archive (业绩档案). The archive gathers whatever contributors are registered; a removed plugin's
 * duties disappear from it while its data stays.
 * <p>
 * Counts are by the record's own date inside the period and name only who performed the duty, never what a record
 * says about anyone: the collector checks who may read them.
 */
public interface DutyContributor {

	/** Plugin id, e.g. {@code study}. */
	String source();

	/**
	 * Per staff member and kind, the duties performed in the period; none with a zero count.
	 *
	 * @param staffNos the 工号 to count for; empty for everyone
	 */
	List<DutyCount> duties(Period period, Set<String> staffNos);
}
