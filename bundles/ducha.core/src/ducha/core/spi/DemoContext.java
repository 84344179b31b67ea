package ducha.core.spi;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import ducha.core.directory.Staff;
import ducha.core.security.Principal;

/**
 * What a demo seeder gets: a repeatable random source, the day the demo is anchored to, the staff of the demo
 * court and the account to act as.
 */
public interface DemoContext {

	Random random();

	LocalDate today();

	List<Staff> staff();

	Principal actor();

	/** Reports progress, e.g. "案件 2,000 条". */
	void log(String message);
}
