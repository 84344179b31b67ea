package ducha.integrity.internal.jpa;

import java.time.LocalDate;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import ducha.integrity.EducationActivity;

/** Row of {@code integrity_activity} with its participants in {@code integrity_activity_participant}. */
@Entity
@Table(name = "integrity_activity")
public class ActivityEntity extends NumberedRow<EducationActivity> {

	@Column(name = "title")
	private String title;

	@Column(name = "activity_kind")
	private String kind;

	@Column(name = "activity_date")
	private LocalDate date;

	@Column(name = "description")
	private String description;

	@ElementCollection
	@CollectionTable(name = "integrity_activity_participant", joinColumns = @JoinColumn(name = "activity_id"))
	@Column(name = "staff_no")
	private Set<String> participants;
}
