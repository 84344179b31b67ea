package ducha.core.internal.directory;

import ducha.core.jpa.Jpa;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.TypedQuery;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.ValidationException;
import ducha.core.directory.Department;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.ImportSummary;
import ducha.core.directory.Staff;
import ducha.core.directory.StaffQuery;
import ducha.core.internal.audit.AuditWriter;
import ducha.core.internal.jpa.DepartmentEntity;
import ducha.core.internal.jpa.StaffEntity;
import ducha.core.security.AccessDeniedException;
import ducha.core.security.AuthorizationService;
import ducha.core.security.CorePermissions;
import ducha.core.security.Principal;

/** Departments and staff on tables {@code department} and {@code staff}. */
@Component(service = { DirectoryService.class, DirectoryImporter.class })
public class DefaultDirectoryService implements DirectoryService, DirectoryImporter {

	@Reference(target = "(osgi.unit.name=ducha.core)")
	private EntityManagerFactory emf;

	@Reference
	private AuditWriter audit;

	@Reference
	private AuthorizationService authorization;

	@Override
	public List<Department> departments() {
		return Jpa.read(emf, em -> em
				.createQuery("select d from DepartmentEntity d order by d.sortOrder, d.code", DepartmentEntity.class)
				.getResultList().stream().map(DepartmentEntity::toRecord).toList());
	}

	@Override
	public Optional<Department> department(String code) {
		if (code == null) {
			return Optional.empty();
		}
		return Jpa.read(emf,
				em -> Optional.ofNullable(em.find(DepartmentEntity.class, code)).map(DepartmentEntity::toRecord));
	}

	@Override
	public List<Staff> staff(StaffQuery query, Principal reader) {
		authorization.check(reader, CorePermissions.STAFF_READ);
		StringBuilder jpql = new StringBuilder(
				"select s from StaffEntity s, DepartmentEntity d where s.departmentCode = d.code");
		Map<String, Object> params = new HashMap<>();
		if (!reader.scope().all()) {
			if (reader.scope().departmentCodes().isEmpty()) {
				return List.of();
			}
			jpql.append(" and s.departmentCode in :scope");
			params.put("scope", reader.scope().departmentCodes());
		}
		if (query.departmentCode() != null) {
			jpql.append(" and s.departmentCode = :department");
			params.put("department", query.departmentCode());
		}
		if (query.status() != null) {
			jpql.append(" and s.status = :status");
			params.put("status", query.status());
		}
		if (query.text() != null && !query.text().isBlank()) {
			jpql.append(" and (s.name like :text escape '\\' or s.staffNo like :text escape '\\')");
			params.put("text", "%" + query.text().strip().replace("\\", "\\\\").replace("%", "\\%")
					.replace("_", "\\_") + "%");
		}
		jpql.append(" order by d.sortOrder, s.staffNo");
		return Jpa.read(emf, em -> {
			TypedQuery<StaffEntity> q = em.createQuery(jpql.toString(), StaffEntity.class);
			params.forEach(q::setParameter);
			return q.getResultList().stream().map(StaffEntity::toRecord).toList();
		});
	}

	@Override
	public Optional<Staff> staff(String staffNo) {
		if (staffNo == null) {
			return Optional.empty();
		}
		return Jpa.read(emf, em -> Optional.ofNullable(em.find(StaffEntity.class, staffNo)).map(StaffEntity::toRecord));
	}

	@Override
	public long staffCount() {
		return Jpa.read(emf, em -> em.createQuery("select count(s) from StaffEntity s", Long.class).getSingleResult());
	}

	@Override
	public void saveDepartment(Department department, Principal actor) {
		authorization.check(actor, CorePermissions.STAFF_WRITE);
		Jpa.run(emf, em -> {
			boolean inserted = upsertDepartments(em, List.of(department)).inserted() == 1;
			audit.write(em, actor, "department.save", "department", department.code(),
					(inserted ? "新增 " : "修改 ") + describe(department));
		});
	}

	@Override
	public void saveStaff(Staff staff, Principal actor) {
		authorization.check(actor, CorePermissions.STAFF_WRITE);
		Jpa.run(emf, em -> {
			boolean inserted = upsertStaff(em, List.of(staff), actor).inserted() == 1;
			audit.write(em, actor, "staff.save", "staff", staff.staffNo(),
					(inserted ? "新增 " : "修改 ") + describe(staff));
		});
	}

	@Override
	public ImportSummary importDepartments(List<Department> departments, Principal actor) {
		return importDepartments(departments, actor, null);
	}

	@Override
	public ImportSummary importStaff(List<Staff> staff, Principal actor) {
		return importStaff(staff, actor, null);
	}

	@Override
	public ImportSummary importDepartments(List<Department> departments, Principal actor, String source) {
		authorization.check(actor, CorePermissions.STAFF_WRITE);
		return Jpa.write(emf, em -> {
			ImportSummary summary = upsertDepartments(em, departments);
			audit.write(em, actor, "department.import", "department", null, counts(summary, source));
			return summary;
		});
	}

	@Override
	public ImportSummary importStaff(List<Staff> staff, Principal actor, String source) {
		authorization.check(actor, CorePermissions.STAFF_WRITE);
		return Jpa.write(emf, em -> {
			ImportSummary summary = upsertStaff(em, staff, actor);
			audit.write(em, actor, "staff.import", "staff", null, counts(summary, source));
			return summary;
		});
	}

	private static ImportSummary upsertDepartments(EntityManager em, List<Department> departments) {
		List<String> problems = new ArrayList<>();
		Map<String, String> codeByName = new HashMap<>();
		em.createQuery("select d from DepartmentEntity d", DepartmentEntity.class).getResultList()
				.forEach(d -> codeByName.put(d.toRecord().name(), d.getCode()));
		Set<String> codes = new HashSet<>();
		for (Department d : departments) {
			problems.addAll(DirectoryRules.check(d));
			if (!codes.add(d.code())) {
				problems.add("部门 " + d.code() + ": 编码重复");
			}
			String owner = codeByName.put(d.name(), d.code());
			if (owner != null && !owner.equals(d.code())) {
				problems.add("部门 " + d.code() + ": 名称 " + d.name() + " 已被部门 " + owner + " 使用");
			}
		}
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
		int inserted = 0;
		for (Department d : departments) {
			DepartmentEntity entity = em.find(DepartmentEntity.class, d.code());
			if (entity == null) {
				em.persist(new DepartmentEntity(d));
				inserted++;
			} else {
				entity.update(d);
			}
		}
		return new ImportSummary(inserted, departments.size() - inserted);
	}

	private ImportSummary upsertStaff(EntityManager em, List<Staff> staff, Principal actor) {
		List<String> problems = new ArrayList<>();
		LocalDate today = LocalDate.now();
		Set<String> numbers = new HashSet<>();
		for (Staff s : staff) {
			problems.addAll(DirectoryRules.check(s, today));
			if (!numbers.add(s.staffNo())) {
				problems.add("干警 " + s.staffNo() + ": 工号重复");
			}
			if (em.find(DepartmentEntity.class, s.departmentCode()) == null) {
				problems.add("干警 " + s.staffNo() + ": 没有编码为 " + s.departmentCode() + " 的部门");
			}
		}
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
		int inserted = 0;
		for (Staff s : staff) {
			StaffEntity entity = em.find(StaffEntity.class, s.staffNo());
			checkScope(actor, s.departmentCode());
			if (entity == null) {
				em.persist(new StaffEntity(s));
				inserted++;
			} else {
				// moving someone needs the right to both departments
				checkScope(actor, entity.toRecord().departmentCode());
				entity.update(s);
			}
		}
		return new ImportSummary(inserted, staff.size() - inserted);
	}

	private void checkScope(Principal actor, String departmentCode) {
		if (!authorization.canSeeDepartment(actor, departmentCode)) {
			throw new AccessDeniedException(actor.username() + " 无权维护部门 " + departmentCode + " 的干警");
		}
	}

	private static String counts(ImportSummary summary, String source) {
		return (source == null ? "" : source + "：") + "新增 " + summary.inserted() + " 条，更新 " + summary.updated()
				+ " 条";
	}

	private static String describe(Department d) {
		return d.name() + "（" + d.kind().label() + "，排序 " + d.sortOrder() + (d.active() ? "" : "，已停用") + "）";
	}

	private static String describe(Staff s) {
		return s.name() + "（" + s.departmentCode() + (s.position() == null ? "" : "，" + s.position()) + "，"
				+ s.status().label() + "）";
	}
}
