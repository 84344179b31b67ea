package ducha.core.spi;

/**
 * SPI (OSGi service): a top-level subcommand of {@code ducha-cli}, contributed by a plugin. The command line
 * application adds whatever is registered, so a removed plugin's commands disappear with it.
 */
public interface CliContribution {

	/** The subcommand name, e.g. {@code cases}. */
	String name();

	/**
	 * A new instance of a class annotated with picocli's {@code @Command} (kept as Object so that core does not
	 * depend on picocli). Called once per command line run.
	 */
	Object newCommand();
}
