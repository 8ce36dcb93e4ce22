/* hd-demo-names.c — the vocabulary of the demo data.
 *
 * The data are Chinese whatever the interface language: they stand for a Chinese county's records,
 * so nothing here is translated.
 */
#include <string.h>

#include "hd-demo-names.h"

#define B  HD_DEMO_HEAD_BUREAU
#define M  HD_DEMO_HEAD_MINISTRY
#define O  HD_DEMO_HEAD_OFFICE
#define C  HD_DEMO_HEAD_COMMITTEE
#define F  HD_DEMO_HEAD_FEDERATION

const HdDemoDepartment hd_demo_departments[] = {
  { "县委办公室",         O, HD_DEMO_LEADER_GENERAL_OFFICE,   HD_DEMO_POOL_SUPERVISORS, FALSE },
  { "县政府办公室",       O, HD_DEMO_LEADER_MAGISTRATE,       HD_DEMO_POOL_SUPERVISORS, FALSE },
  { "县委组织部",         M, HD_DEMO_LEADER_ORGANISATION,     HD_DEMO_POOL_SUPERVISORS, FALSE },
  { "县委宣传部",         M, HD_DEMO_LEADER_PROPAGANDA,       HD_DEMO_POOL_NONE,        FALSE },
  { "县委统战部",         M, HD_DEMO_LEADER_UNITED_FRONT,     HD_DEMO_POOL_NONE,        FALSE },
  { "县委政法委",         C, HD_DEMO_LEADER_POLITICS_LAW,     HD_DEMO_POOL_NONE,        FALSE },
  { "县纪委",             C, HD_DEMO_LEADER_DISCIPLINE,       HD_DEMO_POOL_SUPERVISORS, FALSE },
  { "县委编办",           O, HD_DEMO_LEADER_ORGANISATION,     HD_DEMO_POOL_NONE,        FALSE },
  { "县委老干部局",       B, HD_DEMO_LEADER_ORGANISATION,     HD_DEMO_POOL_RETIRED,     FALSE },
  { "县委党校",           C, HD_DEMO_LEADER_ORGANISATION,     HD_DEMO_POOL_NONE,        FALSE },
  { "县直机关工委",       C, HD_DEMO_LEADER_DEPUTY_SECRETARY, HD_DEMO_POOL_NONE,        FALSE },
  { "县委农村工作办公室", O, HD_DEMO_LEADER_AGRICULTURE,      HD_DEMO_POOL_NONE,        TRUE  },
  { "县委督查室",         O, HD_DEMO_LEADER_GENERAL_OFFICE,   HD_DEMO_POOL_SUPERVISORS, FALSE },
  { "县委巡察办",         O, HD_DEMO_LEADER_DISCIPLINE,       HD_DEMO_POOL_SUPERVISORS, FALSE },
  { "县人防办",           O, HD_DEMO_LEADER_MILITARY,         HD_DEMO_POOL_NONE,        FALSE },
  { "县工商联",           F, HD_DEMO_LEADER_UNITED_FRONT,     HD_DEMO_POOL_NONE,        FALSE },
  { "县信访局",           B, HD_DEMO_LEADER_GENERAL_OFFICE,   HD_DEMO_POOL_NONE,        FALSE },
  { "县档案局",           B, HD_DEMO_LEADER_GENERAL_OFFICE,   HD_DEMO_POOL_NONE,        TRUE  },
  { "团县委",             C, HD_DEMO_LEADER_DEPUTY_SECRETARY, HD_DEMO_POOL_NONE,        FALSE },
  { "县总工会",           F, HD_DEMO_LEADER_DEPUTY_SECRETARY, HD_DEMO_POOL_NONE,        FALSE },
  { "县妇联",             F, HD_DEMO_LEADER_DEPUTY_SECRETARY, HD_DEMO_POOL_NONE,        FALSE },
  { "县科协",             F, HD_DEMO_LEADER_SOCIAL,           HD_DEMO_POOL_NONE,        TRUE  },
  { "县文联",             F, HD_DEMO_LEADER_PROPAGANDA,       HD_DEMO_POOL_NONE,        TRUE  },
  { "县人民法院",         HD_DEMO_HEAD_COURT, HD_DEMO_LEADER_POLITICS_LAW, HD_DEMO_POOL_NONE, FALSE },
  { "县人民检察院",       HD_DEMO_HEAD_PROCURATORATE, HD_DEMO_LEADER_POLITICS_LAW, HD_DEMO_POOL_NONE, FALSE },
  { "县公安局",           B, HD_DEMO_LEADER_POLITICS_LAW,     HD_DEMO_POOL_NONE,        FALSE },
  { "县司法局",           B, HD_DEMO_LEADER_POLITICS_LAW,     HD_DEMO_POOL_NONE,        FALSE },
  { "县人武部",           M, HD_DEMO_LEADER_MILITARY,         HD_DEMO_POOL_NONE,        FALSE },
  { "县发改局",           B, HD_DEMO_LEADER_EXECUTIVE,        HD_DEMO_POOL_NONE,        FALSE },
  { "县财政局",           B, HD_DEMO_LEADER_EXECUTIVE,        HD_DEMO_POOL_NONE,        FALSE },
  { "县审计局",           B, HD_DEMO_LEADER_EXECUTIVE,        HD_DEMO_POOL_NONE,        FALSE },
  { "县统计局",           B, HD_DEMO_LEADER_EXECUTIVE,        HD_DEMO_POOL_NONE,        FALSE },
  { "县国税局",           B, HD_DEMO_LEADER_EXECUTIVE,        HD_DEMO_POOL_NONE,        FALSE },
  { "县地税局",           B, HD_DEMO_LEADER_EXECUTIVE,        HD_DEMO_POOL_NONE,        FALSE },
  { "县物价局",           B, HD_DEMO_LEADER_EXECUTIVE,        HD_DEMO_POOL_NONE,        TRUE  },
  { "县政府法制办",       O, HD_DEMO_LEADER_MAGISTRATE,       HD_DEMO_POOL_NONE,        TRUE  },
  { "县机关事务管理局",   B, HD_DEMO_LEADER_MAGISTRATE,       HD_DEMO_POOL_NONE,        FALSE },
  { "县教育局",           B, HD_DEMO_LEADER_SOCIAL,           HD_DEMO_POOL_NONE,        FALSE },
  { "县卫计局",           B, HD_DEMO_LEADER_SOCIAL,           HD_DEMO_POOL_NONE,        FALSE },
  { "县人社局",           B, HD_DEMO_LEADER_SOCIAL,           HD_DEMO_POOL_NONE,        FALSE },
  { "县民政局",           B, HD_DEMO_LEADER_SOCIAL,           HD_DEMO_POOL_NONE,        FALSE },
  { "县文广新局",         B, HD_DEMO_LEADER_PROPAGANDA,       HD_DEMO_POOL_NONE,        FALSE },
  { "县民宗局",           B, HD_DEMO_LEADER_UNITED_FRONT,     HD_DEMO_POOL_NONE,        FALSE },
  { "县国土资源局",       B, HD_DEMO_LEADER_CONSTRUCTION,     HD_DEMO_POOL_NONE,        FALSE },
  { "县住建局",           B, HD_DEMO_LEADER_CONSTRUCTION,     HD_DEMO_POOL_NONE,        FALSE },
  { "县规划局",           B, HD_DEMO_LEADER_CONSTRUCTION,     HD_DEMO_POOL_NONE,        TRUE  },
  { "县交通运输局",       B, HD_DEMO_LEADER_CONSTRUCTION,     HD_DEMO_POOL_NONE,        FALSE },
  { "县环保局",           B, HD_DEMO_LEADER_CONSTRUCTION,     HD_DEMO_POOL_NONE,        FALSE },
  { "县城管执法局",       B, HD_DEMO_LEADER_CONSTRUCTION,     HD_DEMO_POOL_NONE,        FALSE },
  { "县农业局",           B, HD_DEMO_LEADER_AGRICULTURE,      HD_DEMO_POOL_NONE,        FALSE },
  { "县林业局",           B, HD_DEMO_LEADER_AGRICULTURE,      HD_DEMO_POOL_NONE,        FALSE },
  { "县水利局",           B, HD_DEMO_LEADER_AGRICULTURE,      HD_DEMO_POOL_NONE,        FALSE },
  { "县畜牧局",           B, HD_DEMO_LEADER_AGRICULTURE,      HD_DEMO_POOL_NONE,        TRUE  },
  { "县扶贫办",           O, HD_DEMO_LEADER_AGRICULTURE,      HD_DEMO_POOL_NONE,        FALSE },
  { "县农机局",           B, HD_DEMO_LEADER_AGRICULTURE,      HD_DEMO_POOL_NONE,        TRUE  },
  { "县气象局",           B, HD_DEMO_LEADER_AGRICULTURE,      HD_DEMO_POOL_NONE,        TRUE  },
  { "县供销社",           O, HD_DEMO_LEADER_AGRICULTURE,      HD_DEMO_POOL_NONE,        FALSE },
  { "县经信局",           B, HD_DEMO_LEADER_ECONOMY,          HD_DEMO_POOL_NONE,        FALSE },
  { "县商务局",           B, HD_DEMO_LEADER_ECONOMY,          HD_DEMO_POOL_NONE,        FALSE },
  { "县工商局",           B, HD_DEMO_LEADER_ECONOMY,          HD_DEMO_POOL_NONE,        FALSE },
  { "县质监局",           B, HD_DEMO_LEADER_ECONOMY,          HD_DEMO_POOL_NONE,        FALSE },
  { "县食药监局",         B, HD_DEMO_LEADER_ECONOMY,          HD_DEMO_POOL_NONE,        FALSE },
  { "县安监局",           B, HD_DEMO_LEADER_ECONOMY,          HD_DEMO_POOL_NONE,        FALSE },
  { "县粮食局",           B, HD_DEMO_LEADER_ECONOMY,          HD_DEMO_POOL_NONE,        TRUE  },
  { "县旅游局",           B, HD_DEMO_LEADER_ECONOMY,          HD_DEMO_POOL_NONE,        TRUE  },
  { "县招商局",           B, HD_DEMO_LEADER_ECONOMY,          HD_DEMO_POOL_NONE,        FALSE },
};
const guint hd_demo_n_departments = G_N_ELEMENTS (hd_demo_departments);

#undef B
#undef M
#undef O
#undef C
#undef F

const HdDemoOrganisation hd_demo_organisations[] = {
  { "县人民医院",           HD_DEMO_HEAD_HOSPITAL },
  { "县中医院",             HD_DEMO_HEAD_HOSPITAL },
  { "县妇幼保健院",         HD_DEMO_HEAD_HOSPITAL },
  { "县疾病预防控制中心",   HD_DEMO_HEAD_HOSPITAL },
  { "县第一高级中学",       HD_DEMO_HEAD_SCHOOL },
  { "县第二高级中学",       HD_DEMO_HEAD_SCHOOL },
  { "县实验中学",           HD_DEMO_HEAD_SCHOOL },
  { "县实验小学",           HD_DEMO_HEAD_SCHOOL },
  { "县职业教育中心",       HD_DEMO_HEAD_SCHOOL },
  { "县特殊教育学校",       HD_DEMO_HEAD_SCHOOL },
  { "县供电公司",           HD_DEMO_HEAD_COMPANY },
  { "县自来水公司",         HD_DEMO_HEAD_COMPANY },
  { "县农村信用合作联社",   HD_DEMO_HEAD_COMPANY },
  { "县烟草公司",           HD_DEMO_HEAD_COMPANY },
  { "县邮政分公司",         HD_DEMO_HEAD_COMPANY },
  { "县电信分公司",         HD_DEMO_HEAD_COMPANY },
  { "县汽车运输公司",       HD_DEMO_HEAD_COMPANY },
  { "县粮油购销公司",       HD_DEMO_HEAD_COMPANY },
  { "县城市建设投资公司",   HD_DEMO_HEAD_COMPANY },
  { "县水泥厂",             HD_DEMO_HEAD_COMPANY },
  { "县酒厂",               HD_DEMO_HEAD_COMPANY },
  { "县经济开发区管委会",   HD_DEMO_HEAD_OFFICE },
};
const guint hd_demo_n_organisations = G_N_ELEMENTS (hd_demo_organisations);

const HdDemoOrganisation hd_demo_township_offices[] = {
  { "党政综合办公室",       HD_DEMO_HEAD_OFFICE },
  { "经济发展办公室",       HD_DEMO_HEAD_OFFICE },
  { "社会事务办公室",       HD_DEMO_HEAD_OFFICE },
  { "财政所",               HD_DEMO_HEAD_INSTITUTE },
  { "农业服务中心",         HD_DEMO_HEAD_OFFICE },
  { "社会治安综合治理办公室", HD_DEMO_HEAD_OFFICE },
  { "村镇建设办公室",       HD_DEMO_HEAD_OFFICE },
  { "计划生育服务站",       HD_DEMO_HEAD_STATION },
  { "国土资源所",           HD_DEMO_HEAD_INSTITUTE },
  { "文化站",               HD_DEMO_HEAD_STATION },
  { "林业站",               HD_DEMO_HEAD_STATION },
  { "水利站",               HD_DEMO_HEAD_STATION },
  { "安全生产监督管理站",   HD_DEMO_HEAD_STATION },
  { "便民服务中心",         HD_DEMO_HEAD_OFFICE },
};
const guint hd_demo_n_township_offices = G_N_ELEMENTS (hd_demo_township_offices);

const HdDemoOrganisation hd_demo_street_offices[] = {
  { "党政综合办公室",       HD_DEMO_HEAD_OFFICE },
  { "经济发展办公室",       HD_DEMO_HEAD_OFFICE },
  { "社会事务办公室",       HD_DEMO_HEAD_OFFICE },
  { "城市管理办公室",       HD_DEMO_HEAD_OFFICE },
  { "社区服务中心",         HD_DEMO_HEAD_OFFICE },
  { "财政所",               HD_DEMO_HEAD_INSTITUTE },
  { "社会治安综合治理办公室", HD_DEMO_HEAD_OFFICE },
  { "计划生育服务站",       HD_DEMO_HEAD_STATION },
  { "文化站",               HD_DEMO_HEAD_STATION },
};
const guint hd_demo_n_street_offices = G_N_ELEMENTS (hd_demo_street_offices);

const char * const hd_demo_county_titles[] = {
  [HD_DEMO_LEADER_SECRETARY]        = "县委书记",
  [HD_DEMO_LEADER_MAGISTRATE]       = "县委副书记、县长",
  [HD_DEMO_LEADER_DEPUTY_SECRETARY] = "县委副书记",
  [HD_DEMO_LEADER_DISCIPLINE]       = "县委常委、县纪委书记",
  [HD_DEMO_LEADER_ORGANISATION]     = "县委常委、组织部部长",
  [HD_DEMO_LEADER_PROPAGANDA]       = "县委常委、宣传部部长",
  [HD_DEMO_LEADER_POLITICS_LAW]     = "县委常委、政法委书记",
  [HD_DEMO_LEADER_UNITED_FRONT]     = "县委常委、统战部部长",
  [HD_DEMO_LEADER_EXECUTIVE]        = "县委常委、常务副县长",
  [HD_DEMO_LEADER_GENERAL_OFFICE]   = "县委常委、县委办公室主任",
  [HD_DEMO_LEADER_MILITARY]         = "县委常委、人武部部长",
  [HD_DEMO_LEADER_ECONOMY]          = "副县长",
  [HD_DEMO_LEADER_AGRICULTURE]      = "副县长",
  [HD_DEMO_LEADER_CONSTRUCTION]     = "副县长",
  [HD_DEMO_LEADER_SOCIAL]           = "副县长",
};
G_STATIC_ASSERT (G_N_ELEMENTS (hd_demo_county_titles) == HD_DEMO_N_LEADERS);

const char * const hd_demo_township_titles[] = {
  "镇党委书记",
  "镇党委副书记、镇长",
  "镇党委副书记",
  "镇人大主席",
  "镇党委委员、纪委书记",
  "镇党委委员、组织委员",
  "镇党委委员、宣传委员",
  "镇党委委员、武装部部长",
  "副镇长",
  "副镇长",
};
const guint hd_demo_n_township_titles = G_N_ELEMENTS (hd_demo_township_titles);

const char * const hd_demo_street_titles[] = {
  "街道党工委书记",
  "街道党工委副书记、办事处主任",
  "街道党工委副书记",
  "街道纪工委书记",
  "街道党工委委员、组织委员",
  "街道党工委委员、宣传委员",
  "街道人大工委主任",
  "街道办事处副主任",
  "街道办事处副主任",
};
const guint hd_demo_n_street_titles = G_N_ELEMENTS (hd_demo_street_titles);

const char *
hd_demo_head_title (HdDemoHeadStyle style)
{
  switch (style)
    {
    case HD_DEMO_HEAD_BUREAU:        return "局长";
    case HD_DEMO_HEAD_MINISTRY:      return "部长";
    case HD_DEMO_HEAD_OFFICE:        return "主任";
    case HD_DEMO_HEAD_COMMITTEE:     return "书记";
    case HD_DEMO_HEAD_COURT:         return "院长";
    case HD_DEMO_HEAD_PROCURATORATE: return "检察长";
    case HD_DEMO_HEAD_FEDERATION:    return "主席";
    case HD_DEMO_HEAD_STATION:       return "站长";
    case HD_DEMO_HEAD_INSTITUTE:     return "所长";
    case HD_DEMO_HEAD_SCHOOL:
    case HD_DEMO_HEAD_HOSPITAL:
    case HD_DEMO_HEAD_COMPANY:       return "党委书记";
    default:                         g_return_val_if_reached ("");
    }
}

const char *
hd_demo_deputy_title (HdDemoHeadStyle style)
{
  switch (style)
    {
    case HD_DEMO_HEAD_BUREAU:        return "副局长";
    case HD_DEMO_HEAD_MINISTRY:      return "副部长";
    case HD_DEMO_HEAD_OFFICE:        return "副主任";
    case HD_DEMO_HEAD_COMMITTEE:     return "副书记";
    case HD_DEMO_HEAD_COURT:         return "副院长";
    case HD_DEMO_HEAD_PROCURATORATE: return "副检察长";
    case HD_DEMO_HEAD_FEDERATION:    return "副主席";
    case HD_DEMO_HEAD_STATION:       return "副站长";
    case HD_DEMO_HEAD_INSTITUTE:     return "副所长";
    case HD_DEMO_HEAD_SCHOOL:        return "副校长";
    case HD_DEMO_HEAD_HOSPITAL:      return "副院长";
    case HD_DEMO_HEAD_COMPANY:       return "副总经理";
    default:                         g_return_val_if_reached ("");
    }
}

const char *
hd_demo_manager_title (HdDemoHeadStyle style)
{
  switch (style)
    {
    case HD_DEMO_HEAD_SCHOOL:   return "校长";
    case HD_DEMO_HEAD_HOSPITAL: return "院长";
    case HD_DEMO_HEAD_COMPANY:  return "总经理";
    default:                    return NULL;
    }
}

static const char *
pick (GRand             *rand,
      const char * const *words,
      guint               n_words)
{
  return words[g_rand_int_range (rand, 0, (gint32) n_words)];
}

const char *
hd_demo_staff_title (HdDemoHeadStyle  style,
                     GRand           *rand)
{
  static const char * const cadres[] = { "科员", "科员", "科员", "科员", "办事员", "股长", "副股长", "主任科员" };
  static const char * const teachers[] = { "教师", "教师", "教师", "教研组长", "年级组长", "班主任" };
  static const char * const doctors[] = { "医师", "医师", "主治医师", "副主任医师", "护士", "护师", "药剂师" };
  static const char * const workers[] = { "职工", "职工", "职工", "班组长", "技术员", "会计" };

  switch (style)
    {
    case HD_DEMO_HEAD_SCHOOL:   return pick (rand, teachers, G_N_ELEMENTS (teachers));
    case HD_DEMO_HEAD_HOSPITAL: return pick (rand, doctors, G_N_ELEMENTS (doctors));
    case HD_DEMO_HEAD_COMPANY:  return pick (rand, workers, G_N_ELEMENTS (workers));
    default:                    return pick (rand, cadres, G_N_ELEMENTS (cadres));
    }
}

/* Surnames with their frequency in hundredths of a percent (after the 2007 census of names),
 * so that 王, 李 and 张 dominate as they do in any Chinese roster. */
static const struct { const char *surname; guint weight; } surnames[] = {
  { "王", 725 }, { "李", 719 }, { "张", 683 }, { "刘", 538 }, { "陈", 453 }, { "杨", 308 },
  { "黄", 223 }, { "赵", 219 }, { "吴", 203 }, { "周", 191 }, { "徐", 145 }, { "孙", 138 },
  { "马", 129 }, { "朱", 126 }, { "胡", 115 }, { "郭", 113 }, { "何", 105 }, { "高", 100 },
  { "林", 97 },  { "罗", 86 },  { "郑", 83 },  { "梁", 78 },  { "谢", 72 },  { "宋", 66 },
  { "唐", 64 },  { "许", 63 },  { "韩", 62 },  { "冯", 61 },  { "邓", 60 },  { "曹", 58 },
  { "彭", 55 },  { "曾", 54 },  { "肖", 54 },  { "田", 52 },  { "董", 51 },  { "袁", 50 },
  { "潘", 50 },  { "于", 49 },  { "蒋", 48 },  { "蔡", 47 },  { "余", 46 },  { "杜", 45 },
  { "叶", 44 },  { "程", 43 },  { "苏", 42 },  { "魏", 41 },  { "吕", 40 },  { "丁", 39 },
  { "任", 38 },  { "沈", 37 },  { "姚", 36 },  { "卢", 35 },  { "姜", 34 },  { "崔", 33 },
  { "钟", 32 },  { "谭", 31 },  { "陆", 30 },  { "汪", 29 },  { "范", 28 },  { "金", 27 },
  { "石", 26 },  { "廖", 25 },  { "贾", 24 },  { "夏", 23 },  { "韦", 22 },  { "付", 21 },
  { "方", 20 },  { "白", 19 },  { "邹", 18 },  { "孟", 17 },  { "熊", 16 },  { "秦", 15 },
  { "邱", 15 },  { "江", 14 },  { "尹", 14 },  { "薛", 13 },  { "闫", 13 },  { "段", 12 },
  { "雷", 12 },  { "侯", 11 },  { "龙", 11 },  { "史", 10 },  { "陶", 10 },  { "黎", 10 },
  { "贺", 10 },  { "顾", 9 },   { "毛", 9 },   { "郝", 9 },   { "龚", 9 },   { "邵", 8 },
  { "万", 8 },   { "钱", 8 },   { "严", 8 },   { "覃", 7 },   { "武", 7 },   { "戴", 7 },
  { "莫", 7 },   { "孔", 6 },   { "向", 6 },   { "汤", 6 },   { "常", 6 },   { "牛", 5 },
  { "欧阳", 3 }, { "司马", 1 }, { "诸葛", 1 }, { "上官", 1 }, { "贠", 1 },   { "芈", 1 },
};

static const char * const male_given[] = {
  "伟", "强", "磊", "军", "勇", "杰", "涛", "斌", "超", "明", "刚", "平", "辉", "鹏", "华",
  "飞", "鑫", "波", "宇", "浩", "凯", "健", "俊", "帆", "帅", "旭", "宁", "龙", "林", "峰",
  "建", "国", "志", "文", "海", "东", "晓", "新", "永", "春", "成", "德", "胜", "庆", "忠",
  "红", "利", "兵", "光", "长", "立", "学", "仁", "义", "福", "贵", "荣", "昌", "云", "山",
  "振", "兴", "宏", "家", "坤", "亮", "锋", "阳", "金", "民",
};

static const char * const female_given[] = {
  "芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "秀", "英", "燕", "玲", "桂", "兰", "萍",
  "红", "梅", "莉", "婷", "雪", "琳", "洁", "慧", "倩", "颖", "琴", "云", "凤", "珍", "荣",
  "晶", "月", "春", "晓", "佳", "欣", "丹", "蓉", "美", "华", "淑", "彩", "翠", "菊", "爱",
};

/* Characters a real roster holds now and then and a display must not break on: 𠮷 needs four
 * bytes of UTF-8 (outside the Basic Multilingual Plane), 䶮 comes from extension A. */
static const char * const rare_given[] = {
  "𠮷", "𠮷", "䶮", "堃", "喆", "燊", "垚", "淼", "犇", "昇", "珺", "玥",
};

static const char *
draw_surname (GRand *rand)
{
  static gsize total;
  guint ticket;

  /* Demo data may be generated in a worker thread while the interface runs. */
  if (g_once_init_enter (&total))
    {
      gsize sum = 0;

      for (guint i = 0; i < G_N_ELEMENTS (surnames); i++)
        sum += surnames[i].weight;
      g_once_init_leave (&total, sum);
    }

  ticket = (guint) g_rand_int_range (rand, 0, (gint32) total);
  for (guint i = 0; i < G_N_ELEMENTS (surnames); i++)
    {
      if (ticket < surnames[i].weight)
        return surnames[i].surname;
      ticket -= surnames[i].weight;
    }
  g_return_val_if_reached (surnames[0].surname);
}

static const char *
draw_given (GRand    *rand,
            gboolean  female)
{
  /* About one name in three hundred gets a rare character. */
  if (g_rand_int_range (rand, 0, 600) == 0)
    return pick (rand, rare_given, G_N_ELEMENTS (rare_given));
  if (female)
    return pick (rand, female_given, G_N_ELEMENTS (female_given));
  return pick (rand, male_given, G_N_ELEMENTS (male_given));
}

void
hd_demo_person_name (GRand    *rand,
                     gboolean  female,
                     char      buf[HD_DEMO_NAME_MAX])
{
  g_strlcpy (buf, draw_surname (rand), HD_DEMO_NAME_MAX);
  g_strlcat (buf, draw_given (rand, female), HD_DEMO_NAME_MAX);
  if (g_rand_int_range (rand, 0, 4) != 0)
    g_strlcat (buf, draw_given (rand, female), HD_DEMO_NAME_MAX);
}

void
hd_demo_mobile (GRand *rand,
                char   buf[HD_DEMO_NAME_MAX])
{
  /* Prefixes the three carriers actually issued. */
  static const guint prefixes[] = {
    130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 150, 151, 152, 153, 155, 156, 157, 158,
    159, 170, 176, 177, 178, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 191, 198, 199,
  };
  guint prefix = prefixes[g_rand_int_range (rand, 0, G_N_ELEMENTS (prefixes))];

  g_snprintf (buf, HD_DEMO_NAME_MAX, "%u%08u", prefix, (guint) g_rand_int_range (rand, 0, 100000000));
}

void
hd_demo_place_name (GRand    *rand,
                    gboolean  village,
                    char      buf[HD_DEMO_NAME_MAX])
{
  static const char * const first[] = {
    "青", "安", "平", "永", "清", "宁", "东", "西", "南", "北", "新", "长", "白", "黄", "红",
    "金", "石", "柳", "杨", "桃", "枣", "松", "柏", "桂", "兴", "隆", "丰", "富", "和", "龙",
    "凤", "鹤", "马", "高", "大", "小", "双", "三", "五", "七", "前", "后", "上", "下", "中",
    "太", "古", "仁", "德", "福", "吉", "顺", "广", "庆", "泰", "华", "明", "文", "黑", "卧",
  };
  static const char * const second[] = {
    "阳", "山", "河", "川", "城", "源", "泉", "水", "林", "桥", "湾", "坪", "沟", "岭", "庄",
    "店", "集", "营", "寨", "岗", "塘", "铺", "口", "台", "坡", "坝", "园", "田", "湖", "峪",
    "堡", "洼", "溪", "丰", "安", "平", "兴", "和", "峰", "滩",
  };
  static const char * const village_second[] = {
    "庄", "湾", "沟", "坪", "岭", "洼", "寨", "营", "店", "圩", "屯", "岗",
  };

  /* One village in three is named after a clan ("王家庄"). */
  if (village && g_rand_int_range (rand, 0, 3) == 0)
    {
      g_strlcpy (buf, draw_surname (rand), HD_DEMO_NAME_MAX);
      g_strlcat (buf, "家", HD_DEMO_NAME_MAX);
      g_strlcat (buf, pick (rand, village_second, G_N_ELEMENTS (village_second)), HD_DEMO_NAME_MAX);
      return;
    }
  g_strlcpy (buf, pick (rand, first, G_N_ELEMENTS (first)), HD_DEMO_NAME_MAX);
  g_strlcat (buf, pick (rand, second, G_N_ELEMENTS (second)), HD_DEMO_NAME_MAX);
}

guint
hd_demo_province_code (GRand *rand)
{
  static const guint codes[] = {
    13, 14, 15, 21, 22, 23, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 51, 52, 53, 61, 62,
    63, 64, 65,
  };

  return codes[g_rand_int_range (rand, 0, G_N_ELEMENTS (codes))];
}
