package ducha.cli;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Objects;
import java.util.function.Supplier;

import ducha.cli.internal.CliContext;

/**
 * A plugin's services for its {@code ducha-cli} commands, looked up when a command first calls them. A plugin's
 * {@link ducha.core.spi.CliContribution} holds no references to its services: it is registered as soon as the
 * plugin's bundle is, so that {@code ducha-cli --help} and {@code ducha-cli <command> --help} describe every
 * installed plugin's commands without opening the database or deploying the plugin's persistence unit. A command
 * that runs gets the service of its run as any built-in command does: the database is started and waited for,
 * and its failure or a timeout is reported ({@code ducha-cli}'s exit codes). Only the commands' code may call the
 * services, never the building of the command tree.
 */
public final class OnFirstUse {

	private OnFirstUse() {
	}

	/** The service of the interface type, looked up at the first call of one of its methods. */
	public static <S> S service(Class<S> type) {
		return service(type, null);
	}

	/**
	 * The service of the interface type that matches the OSGi filter (e.g. {@code (component.name=...)}), looked up
	 * at the first call of one of its methods.
	 */
	public static <S> S service(Class<S> type, String filter) {
		if (!type.isInterface()) {
			throw new IllegalArgumentException(type.getName() + " is a class: use supplier()");
		}
		Supplier<S> lookup = supplier(type, filter);
		return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, new Handler(type, lookup)));
	}

	/** The service of the type (a class as well), looked up when first asked for. */
	public static <S> Supplier<S> supplier(Class<S> type) {
		return supplier(type, null);
	}

	private static <S> Supplier<S> supplier(Class<S> type, String filter) {
		Objects.requireNonNull(type, "type");
		// the run under way's, every time: a contribution outlives a run (and a plugin may be restarted between two)
		return () -> CliContext.current().service(type, filter);
	}

	/** Hands every call to the service; {@code toString}, {@code equals} and {@code hashCode} need none. */
	private static final class Handler implements InvocationHandler {

		private final Class<?> type;
		private final Supplier<?> lookup;

		Handler(Class<?> type, Supplier<?> lookup) {
			this.type = type;
			this.lookup = lookup;
		}

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			if (method.getDeclaringClass() == Object.class) {
				return switch (method.getName()) {
				case "equals" -> proxy == args[0];
				case "hashCode" -> System.identityHashCode(proxy);
				default -> type.getSimpleName() + " (on first use)";
				};
			}
			try {
				return method.invoke(lookup.get(), args);
			} catch (InvocationTargetException e) {
				throw e.getCause();
			}
		}
	}
}
