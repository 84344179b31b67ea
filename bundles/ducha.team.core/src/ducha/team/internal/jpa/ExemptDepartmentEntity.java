package ducha.team.internal.jpa;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Row of {@code team_exempt_department}: a department the roster's gaps pass over. */
@Entity
@Table(name = "team_exempt_department")
public class ExemptDepartmentEntity {

	@Id
	@Column(name = "department_code")
	private String departmentCode;

	@Column(name = "reason")
	private String reason;

	@Column(name = "recorded_by")
	private String recordedBy;

	@Column(name = "recorded_at")
	private LocalDateTime recordedAt;

	protected ExemptDepartmentEntity() {
	}

	public ExemptDepartmentEntity(String departmentCode, String reason, String recordedBy) {
		this.departmentCode = departmentCode;
		this.reason = reason;
		this.recordedBy = recordedBy;
		this.recordedAt = LocalDateTime.now();
	}

	public String departmentCode() {
		return departmentCode;
	}
}
