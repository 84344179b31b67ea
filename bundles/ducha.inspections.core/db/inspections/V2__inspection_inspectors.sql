-- Who inspected, by 工号 (督察人员): one row per inspector of an inspection, in the order recorded, so that the
-- supervisor team's performance archive can count the inspections each supervisor performed. The free-text column
-- insp_inspection.inspectors stays for the records that came without 工号 (a court's old ledgers).

create table insp_inspection_inspector (
    inspection_id bigint not null,
    position integer not null,
    staff_no varchar(20) not null,
    constraint fk_insp_inspector_inspection foreign key (inspection_id) references insp_inspection (id)
);
create index ix_insp_inspector_inspection on insp_inspection_inspector (inspection_id);
create index ix_insp_inspector_staff on insp_inspection_inspector (staff_no);
