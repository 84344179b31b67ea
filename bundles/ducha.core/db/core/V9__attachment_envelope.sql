-- Files of a confidential record that has a data key of its own (envelope encryption) are sealed with that key,
-- bound to their record and id; the files stored before keep the attachments key file's format until rekeyed.

alter table attachment add column envelope boolean default false not null;
