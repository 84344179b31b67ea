package ducha.core.sweep;

import java.lang.management.ManagementFactory;
import java.util.UUID;

/** The name a running desktop (or ducha-cli run) holds sweep leases under. */
public final class LeaseHolder {

	/** Process id and host, as the JVM names itself, and a random part: two runtimes never share one. */
	private static final String THIS_PROCESS = ManagementFactory.getRuntimeMXBean().getName() + "/"
			+ UUID.randomUUID().toString().substring(0, 8);

	private LeaseHolder() {
	}

	public static String thisProcess() {
		return THIS_PROCESS;
	}
}
