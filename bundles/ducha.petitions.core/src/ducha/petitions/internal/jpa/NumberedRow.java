package ducha.petitions.internal.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** Every table of the plugin has a database-generated {@code id} as its key. */
@MappedSuperclass
public abstract class NumberedRow {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "id")
	protected long id;

	public long id() {
		return id;
	}
}
