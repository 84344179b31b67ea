package ducha.core.internal.sweep;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.DuchaException;
import ducha.core.jpa.DuplicateKey;
import ducha.core.jpa.Jpa;
import ducha.core.sweep.SweepLeases;

/**
 * Leases in {@code sweep_lease}. Taking one is a single conditional update (the lease ran out, or the holder has
 * it), so the database decides between two desktops; a sweep's first lease is an insert, of which the second
 * desktop's fails on the key. Times are the desktops' own clocks: a lease's length must exceed their disagreement.
 */
@Component
public class DefaultSweepLeases implements SweepLeases {

	private static final String TAKE = "update sweep_lease set holder = ?, held_until = ?"
			+ " where name = ? and (held_until < ? or holder = ?)";
	private static final String CREATE = "insert into sweep_lease (name, holder, held_until) values (?, ?, ?)";
	private static final String RELEASE = "update sweep_lease set held_until = ? where name = ? and holder = ?";

	@Reference(target = "(osgi.unit.name=ducha.core)")
	private EntityManagerFactory emf;

	@Override
	public boolean take(String sweep, String holder, Duration length) {
		Instant now = Instant.now();
		Timestamp until = Timestamp.from(now.plus(length));
		int taken = Jpa.write(emf, em -> em.createNativeQuery(TAKE).setParameter(1, holder).setParameter(2, until)
				.setParameter(3, sweep).setParameter(4, Timestamp.from(now)).setParameter(5, holder).executeUpdate());
		if (taken > 0) {
			return true;
		}
		try {
			Jpa.write(emf, em -> em.createNativeQuery(CREATE).setParameter(1, sweep).setParameter(2, holder)
					.setParameter(3, until).executeUpdate());
			return true;
		} catch (DuchaException e) {
			if (DuplicateKey.isCause(e)) {
				return false; // the lease exists and another holds it, or it was made by another a moment ago
			}
			throw e;
		}
	}

	@Override
	public void release(String sweep, String holder) {
		Timestamp past = Timestamp.from(Instant.now().minusSeconds(1));
		Jpa.write(emf, em -> em.createNativeQuery(RELEASE).setParameter(1, past).setParameter(2, sweep)
				.setParameter(3, holder).executeUpdate());
	}
}
