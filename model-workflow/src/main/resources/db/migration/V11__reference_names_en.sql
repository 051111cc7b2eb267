-- ModelGate application schema, version 11: reference data in English as well.
-- Units and supervision points carry an English name (name_en) since versions 1 and 8; installations
-- got the first shipped English names of the units, and supervision points created before version 8
-- carry their Chinese name there. This gives the shipped rows their proper English names, unless an
-- administrator has named them otherwise meanwhile. Business lines are an enum, named in the labels
-- bundle of model-api.

update mg_unit set name_en = 'Xuancheng Municipal People''s Procuratorate' where code = 'XC' and name = '宣城市人民检察院' and name_en in ('Xuancheng Municipal Procuratorate', name);
update mg_unit set name_en = 'First Procuratorial Department' where code = 'XC-1' and name = '第一检察部' and name_en = name;
update mg_unit set name_en = 'Second Procuratorial Department' where code = 'XC-2' and name = '第二检察部' and name_en = name;
update mg_unit set name_en = 'Third Procuratorial Department' where code = 'XC-3' and name = '第三检察部' and name_en = name;
update mg_unit set name_en = 'Fourth Procuratorial Department' where code = 'XC-4' and name = '第四检察部' and name_en = name;
update mg_unit set name_en = 'Fifth Procuratorial Department' where code = 'XC-5' and name = '第五检察部' and name_en = name;
update mg_unit set name_en = 'Sixth Procuratorial Department' where code = 'XC-6' and name = '第六检察部' and name_en = name;
update mg_unit set name_en = 'Digital Procuratorate Office' where code = 'XC-DPO' and name = '数字检察办公室' and name_en = name;
update mg_unit set name_en = 'Xuanzhou District People''s Procuratorate' where code = 'XZ' and name = '宣州区人民检察院' and name_en in ('Xuanzhou District Procuratorate', name);
update mg_unit set name_en = 'Langxi County People''s Procuratorate' where code = 'LX' and name = '郎溪县人民检察院' and name_en in ('Langxi County Procuratorate', name);
update mg_unit set name_en = 'Guangde City People''s Procuratorate' where code = 'GD' and name = '广德市人民检察院' and name_en in ('Guangde City Procuratorate', name);
update mg_unit set name_en = 'Ningguo City People''s Procuratorate' where code = 'NG' and name = '宁国市人民检察院' and name_en in ('Ningguo City Procuratorate', name);
update mg_unit set name_en = 'Jing County People''s Procuratorate' where code = 'JX' and name = '泾县人民检察院' and name_en in ('Jingxian County Procuratorate', name);
update mg_unit set name_en = 'Jixi County People''s Procuratorate' where code = 'JXI' and name = '绩溪县人民检察院' and name_en in ('Jixi County Procuratorate', name);
update mg_unit set name_en = 'Jingde County People''s Procuratorate' where code = 'JD' and name = '旌德县人民检察院' and name_en in ('Jingde County Procuratorate', name);
update mg_unit set name_en = 'Invited experts (external units)' where code = 'EXT' and name = '特邀专家（外单位）' and name_en in ('Invited experts (external)', name);

update mg_supervision_point set name_en = 'Drunk driving: linking criminal and administrative penalties' where code = 'GC-01' and name = '醉酒驾驶案件刑事处罚与行政处罚衔接' and name_en = name;
update mg_supervision_point set name_en = 'Clues of aiding criminal activities on information networks' where code = 'GC-02' and name = '帮助信息网络犯罪活动案件线索' and name_en in ('Clues of aiding information-network crime', name);
update mg_supervision_point set name_en = 'Clues of loan and bill-acceptance fraud' where code = 'ED-01' and name = '骗取贷款、票据承兑类犯罪线索' and name_en = name;
update mg_supervision_point set name_en = 'Clues of embezzlement and misappropriation of funds' where code = 'ED-02' and name = '职务侵占与挪用资金犯罪线索' and name_en = name;
update mg_supervision_point set name_en = 'Community-corrections offenders out of supervision' where code = 'CE-01' and name = '社区矫正对象脱管漏管' and name_en = name;
update mg_supervision_point set name_en = 'Supervision of the execution of property penalties' where code = 'CE-02' and name = '财产刑执行监督' and name_en = name;
update mg_supervision_point set name_en = 'Supervision of false litigation' where code = 'CV-01' and name = '虚假诉讼监督' and name_en = name;
update mg_supervision_point set name_en = 'Supervision of civil enforcement' where code = 'CV-02' and name = '民事执行活动监督' and name_en = name;
update mg_supervision_point set name_en = 'Supervision of non-litigation administrative enforcement' where code = 'AD-01' and name = '行政非诉执行监督' and name_en = name;
update mg_supervision_point set name_en = 'Prisoners drawing pension benefits unlawfully' where code = 'AD-02' and name = '服刑人员违规领取养老保险金' and name_en = name;
update mg_supervision_point set name_en = 'Losses of medical insurance funds' where code = 'PI-01' and name = '医疗保障基金流失' and name_en = name;
update mg_supervision_point set name_en = 'Ecological environment and resource protection' where code = 'PI-02' and name = '生态环境和资源保护' and name_en = name;
update mg_supervision_point set name_en = 'Food and drug safety' where code = 'PI-03' and name = '食品药品安全' and name_en = name;
