-- Reference geography of Amiens, from the domain brief (shared/DOMAIN.md §1.2 and §6.1).
-- Centre points are approximate (the sources give no coordinates); admins refine them and add polygons.
-- Which QPV lies in which secteur is not stated by the sources: admins set the parent secteur.

INSERT INTO territory (code, kind, name, valid_from, centre_lat, centre_lon, source) VALUES
 ('SECT-CENTRE', 'SECTEUR', 'Secteur Centre', '2015-01-01', 49.8942, 2.2957, 'CNV 2025, L178'),
 ('SECT-EST',    'SECTEUR', 'Secteur Est',    '2015-01-01', 49.8900, 2.3250, 'CNV 2025, L178'),
 ('SECT-NORD',   'SECTEUR', 'Secteur Nord',   '2015-01-01', 49.9160, 2.2900, 'CNV 2025, L178'),
 ('SECT-OUEST',  'SECTEUR', 'Secteur Ouest',  '2015-01-01', 49.8980, 2.2550, 'CNV 2025, L178'),
 ('SECT-SUD',    'SECTEUR', 'Secteur Sud',    '2015-01-01', 49.8760, 2.3000, 'CNV 2025, L178');

-- The six QPV of 2015 stayed after the 2024 update; Elbeuf-Lescouvé entered in 2024 (veille active before).
INSERT INTO territory (code, kind, name, population, population_year, valid_from, centre_lat, centre_lon, source) VALUES
 ('QPV-AMIENS-NORD',    'QPV', 'Amiens Nord',                   14747, 2025, '2015-01-01', 49.9185, 2.2890, 'Contrat de ville 2015 L198; CNV 2025 L184'),
 ('QPV-PARCHEMINIERS',  'QPV', 'Les Parcheminiers',              1804, 2025, '2015-01-01', 49.8975, 2.3010, 'Contrat de ville 2015 L198; CNV 2025 L186'),
 ('QPV-SALAMANDRE',     'QPV', 'Salamandre Marcel Paul',         1158, 2025, '2015-01-01', 49.8770, 2.3130, 'Contrat de ville 2015 L198; CNV 2025 L188'),
 ('QPV-CONDORCET',      'QPV', 'Condorcet – Philéas Lebesgue',   2665, 2025, '2015-01-01', 49.8800, 2.3300, 'Contrat de ville 2015 L198; CNV 2025 L191'),
 ('QPV-PIERRE-ROLLIN',  'QPV', 'Pierre Rollin',                  2920, 2025, '2015-01-01', 49.8835, 2.3365, 'Contrat de ville 2015 L198; CNV 2025 L193'),
 ('QPV-ETOUVIE',        'QPV', 'Etouvie',                        7007, 2025, '2015-01-01', 49.9050, 2.2450, 'Contrat de ville 2015 L198; CNV 2025 L197'),
 ('QPV-ELBEUF',         'QPV', 'Elbeuf-Lescouvé',                1234, 2025, '2024-01-01', 49.8910, 2.3250, 'CNV 2025 L172, L195');

INSERT INTO territory (code, kind, name, valid_from, valid_to, centre_lat, centre_lon, source) VALUES
 ('VEILLE-ELBEUF',       'VEILLE', 'Elbeuf-Lescouvé',       '2015-01-01', '2023-12-31', 49.8910, 2.3250, 'Contrat de ville 2015 L201-204, L4799'),
 ('VEILLE-SAINT-MAURICE','VEILLE', 'Saint-Maurice',         '2015-01-01', NULL, 49.9010, 2.2800, 'Contrat de ville 2015 L201-204'),
 ('VEILLE-RENANCOURT',   'VEILLE', 'Renancourt',            '2015-01-01', NULL, 49.8930, 2.2600, 'Contrat de ville 2015 L201-204'),
 ('VEILLE-FBG-HEM',      'VEILLE', 'Faubourg de Hem',       '2015-01-01', NULL, 49.9000, 2.2680, 'Contrat de ville 2015 L201-204'),
 ('VEILLE-DELIVRANCE',   'VEILLE', 'Ilot de la Délivrance', '2015-01-01', NULL, 49.9070, 2.3080, 'Contrat de ville 2015 L201-204'),
 ('VEILLE-CAMON',        'VEILLE', 'Camon',                 '2015-01-01', NULL, 49.9090, 2.3420, 'Contrat de ville 2015 L201-204'),
 ('VEILLE-RIVERY',       'VEILLE', 'Rivery',                '2015-01-01', NULL, 49.9040, 2.3280, 'Contrat de ville 2015 L201-204'),
 ('VEILLE-LONGUEAU',     'VEILLE', 'Longueau',              '2015-01-01', NULL, 49.8710, 2.3540, 'Contrat de ville 2015 L201-204');

-- Only one of the 26 comités de quartier is named in the sources.
INSERT INTO territory (code, kind, name, parent_id, valid_from, centre_lat, centre_lon, source)
SELECT 'CQ-PARCHEMINIERS', 'COMITE', 'Comité de quartier des Parcheminiers', id, '2015-01-01', 49.8975, 2.3010,
       'CNV 2025 L265-267'
FROM territory WHERE code = 'SECT-CENTRE';
