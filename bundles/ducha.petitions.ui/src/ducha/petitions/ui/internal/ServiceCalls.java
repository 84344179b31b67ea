package ducha.petitions.ui.internal;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

import ducha.app.ui.Background;
import ducha.core.ConcurrentChangeException;
import ducha.core.DuchaException;

/**
 * Calls of one of the plugin's services, run in jobs by the kit's {@link Background}. The part gets the service by
 * injection and hands it over with {@link #set}: it may come after the view opened (the plugin's persistence unit
 * deploys late) and go when the plugin stops. A call while there is none is refused at once, never waited for.
 *
 * @param <S> the service
 */
final class ServiceCalls<S> {

	private final Background background;
	private volatile S service;

	ServiceCalls(Background background) {
		this.background = background;
	}

	/** The injected service, null when it went or has not come yet. */
	void set(S current) {
		service = current;
	}

	boolean available() {
		return service != null;
	}

	/** Calls the service in a job; {@code failed} gets the message of a refusal or failure on the UI thread. */
	<T> void run(String name, Function<S, T> work, Consumer<T> done, Consumer<String> failed) {
		S current = service;
		background.run(name, () -> {
			if (current == null) {
				throw new DuchaException(Messages.Part_unavailable);
			}
			return work.apply(current);
		}, done, failed);
	}

	/**
	 * Like {@link #run}, for a change of a record as the user saw it: when the service refuses it because another
	 * desktop changed the record meanwhile, {@code overtaken} runs after {@code failed} showed why, to show the
	 * record as it is stored now.
	 */
	<T> void change(String name, Function<S, T> work, Consumer<T> done, Consumer<String> failed, Runnable overtaken) {
		AtomicBoolean changedMeanwhile = new AtomicBoolean();
		run(name, service -> {
			try {
				return work.apply(service);
			} catch (ConcurrentChangeException e) {
				changedMeanwhile.set(true);
				throw e;
			}
		}, done, reason -> {
			failed.accept(reason);
			if (changedMeanwhile.get()) {
				overtaken.run();
			}
		});
	}
}
