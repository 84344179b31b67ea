package ducha.core.sweep;

import java.time.Duration;

/**
 * OSGi service: who runs a periodic background sweep now. Dozens of desktops share one database and each starts
 * the same sweeps; a lease (a row of {@code sweep_lease} per sweep) lets one of them work while the others skip.
 * The sweep itself must still be idempotent (a unique key on what it records): a lease that ran out in the middle
 * of a slow sweep, or desktop clocks that disagree by more than the margin of the lease, let two work at once.
 * <p>
 * A holder that renews its lease before it runs out keeps the sweep; when it stops (the desktop is closed), the
 * lease runs out and the next desktop to try takes it.
 */
public interface SweepLeases {

	/**
	 * Takes the lease of the sweep for {@code length} from now, or renews it when the holder has it already. Atomic:
	 * of two desktops trying at the same moment, one gets it.
	 *
	 * @param sweep  stable id of the sweep, e.g. {@code cases.orders}
	 * @param holder who asks, unique per running desktop (see {@link LeaseHolder#thisProcess()})
	 * @return true when the holder has the lease now; false when another holds it
	 */
	boolean take(String sweep, String holder, Duration length);

	/** Gives the lease up at once (a desktop that closes), when the holder has it; otherwise does nothing. */
	void release(String sweep, String holder);
}
