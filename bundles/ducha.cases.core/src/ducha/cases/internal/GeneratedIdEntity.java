package ducha.cases.internal;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** A row keyed by an id the database generates (an identity column): most tables of the plugin. */
@MappedSuperclass
public abstract class GeneratedIdEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private long id;

	/** The generated id; 0 until the row is flushed. */
	long id() {
		return id;
	}
}
