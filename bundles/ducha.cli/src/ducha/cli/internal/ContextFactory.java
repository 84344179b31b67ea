package ducha.cli.internal;

import java.lang.reflect.Constructor;

import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * Creates commands with the run's {@link CliContext}: a {@link PlatformCommand} is given it after construction, a
 * command that takes it in its constructor gets it there; everything else as picocli does.
 */
final class ContextFactory implements IFactory {

	private final CliContext cli;

	ContextFactory(CliContext cli) {
		this.cli = cli;
	}

	@Override
	public <K> K create(Class<K> type) throws Exception {
		Constructor<K> withContext;
		try {
			withContext = type.getConstructor(CliContext.class);
		} catch (NoSuchMethodException e) {
			K created = CommandLine.defaultFactory().create(type);
			if (created instanceof PlatformCommand command) {
				command.attach(cli);
			}
			return created;
		}
		return withContext.newInstance(cli);
	}
}
