package ducha.core.spi;

/**
 * SPI (OSGi service): adds a plugin's demo records to the demo court. Seeders run in {@link #order()} after the
 * platform has created departments, staff and accounts, inside one demo run.
 */
public interface DemoSeeder {

	/** Plugin id, for progress and logs. */
	String id();

	/** Lower runs first; the platform's own seeder is 0. */
	int order();

	void seed(DemoContext context);
}
