package ducha.core.internal.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ducha.core.directory.Department;
import ducha.core.directory.DepartmentKind;

/** Row of {@code department}; the API works with {@link Department}. */
@Entity
@Table(name = "department")
public class DepartmentEntity {

	@Id
	@Column(name = "code")
	private String code;

	/** Optimistic lock: two desktops saving the same record cannot both win (core migration V10). */
	@Version
	@Column(name = "version")
	private long version;

	@Column(name = "name")
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(name = "kind")
	private DepartmentKind kind;

	@Column(name = "sort_order")
	private int sortOrder;

	@Column(name = "active")
	private boolean active;

	protected DepartmentEntity() {
	}

	public DepartmentEntity(Department department) {
		this.code = department.code();
		update(department);
	}

	public void update(Department department) {
		name = department.name();
		kind = department.kind();
		sortOrder = department.sortOrder();
		active = department.active();
	}

	public Department toRecord() {
		return new Department(code, name, kind, sortOrder, active);
	}

	public String getCode() {
		return code;
	}

	public long version() {
		return version;
	}
}
