package ducha.cli.internal;

import java.lang.reflect.Constructor;

import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/** Creates commands that take the run's {@link CliContext} in their constructor; everything else as picocli does. */
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
			return CommandLine.defaultFactory().create(type);
		}
		return withContext.newInstance(cli);
	}
}
