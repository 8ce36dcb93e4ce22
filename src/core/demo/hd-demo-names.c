/* hd-demo-names.c — the vocabulary of the demo data.
 *
 * The data are Chinese whatever the interface language: they stand for a Chinese county's records,
 * so nothing here is translated.
 */
#include <string.h>

#include "demo/hd-demo-names.h"
#include "ledger/hd-task.h"
#include "opinions/hd-opinion.h"

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

/* The ledger's vocabulary: what the masses say about the four winds and their own concerns, in
 * the words of the campaign's documents and of the questionnaires offices collected. */

#define FORMALISM      HD_CATEGORY_FORMALISM
#define BUREAUCRATISM  HD_CATEGORY_BUREAUCRATISM
#define HEDONISM       HD_CATEGORY_HEDONISM
#define EXTRAVAGANCE   HD_CATEGORY_EXTRAVAGANCE
#define VITAL          HD_CATEGORY_VITAL_INTERESTS
#define SERVING        HD_CATEGORY_SERVING_MASSES
#define OTHER          HD_CATEGORY_OTHER

const HdDemoTheme hd_demo_themes[] = {
  { FORMALISM, "文山会海，会议多、文件多",
    { "会议太多，{O}一个月开了{N}次会，干部没时间下村办事",
      "文件层层照转，{U}收到的文件多，真正落实的少",
      "开会以会议落实会议，{V}的干部一周有{N}天在镇里开会" },
    "精简会议文件，能合并的会议合并召开，文件不照转照发", "会议和文件数量比上年减少三分之一以上" },
  { FORMALISM, "检查评比过多过滥",
    { "检查评比过多，{O}一个月来了{N}拨检查组，忙于迎检",
      "各类达标评比太多，{V}村委会墙上挂满了牌子",
      "迎检材料年年重做，{U}光是台账就准备了{N}大本" },
    "清理检查评比达标表彰项目，未经批准的一律取消", "检查评比项目压缩一半以上，基层迎检负担明显减轻" },
  { FORMALISM, "调研走过场，只看点不看面",
    { "领导调研只到{V}看示范点，困难的地方不去",
      "调研前先打招呼定路线，{U}的调研成了参观",
      "下乡调研坐车转一圈，没和群众说上{N}句话" },
    "建立随机调研和蹲点调研制度，班子成员每年蹲点调研不少于两次", "调研报告解决实际问题，群众看得见变化" },
  { FORMALISM, "材料报表多，重留痕轻实效",
    { "村干部天天填表，{V}一年要报{N}十多种报表",
      "工作重拍照留痕，{O}搞活动先摆拍",
      "考核只看材料不看实效，{U}的材料写得好就能评先进" },
    "清理合并各类报表，推行一表多用，考核重实绩", "报表数量减少一半，考核以群众评价为主" },
  { BUREAUCRATISM, "门难进、脸难看、事难办",
    { "到{O}办事门难进脸难看事难办，工作人员爱理不理",
      "{P}到{O}办事，窗口人员态度生硬，让回去等通知",
      "{O}的工作人员上班时间玩手机，群众排队没人管" },
    "窗口单位挂牌上岗，推行首问负责制和限时办结制，开展作风明察暗访", "窗口服务群众满意率达到百分之九十以上" },
  { BUREAUCRATISM, "办事难、办事慢，群众来回跑",
    { "办一个证跑了{N}趟{O}，每次都说缺材料",
      "{V}的{P}为办低保材料跑了{N}次镇里，还没办下来",
      "审批环节多、时间长，{O}盖一个章要等{N}天" },
    "清理审批事项，公开办事指南，推行一次性告知和代办服务", "审批事项和环节减少三成，群众办事最多跑一次" },
  { BUREAUCRATISM, "干部作风漂浮，很少深入基层",
    { "干部很少到{V}来，群众一年见不到{N}回",
      "包村干部只和村干部打交道，不进{V}的农户家门",
      "{U}的干部遇事推诿扯皮，群众反映的问题没人管" },
    "落实干部包村联户，建立民情日记，每月下访不少于四天", "干部走访全覆盖，群众反映问题件件有回音" },
  { BUREAUCRATISM, "群众反映的问题久拖不决",
    { "{V}的{P}反映宅基地纠纷，拖了{N}年还没解决",
      "群众反映的排水问题报到{O}，{N}个月没有回音",
      "信访件转来转去，{U}没有人真正负责" },
    "建立群众诉求台账，逐件明确责任人和办结时限，办结后回访", "群众诉求按期办结率百分之百" },
  { HEDONISM, "公车私用",
    { "周末常见{O}的公车停在饭店和景区门口",
      "公车接送子女上学，{U}的车辆管理不严",
      "节假日公车私用，有人看见公车出现在{V}的酒席上" },
    "公车统一停放、统一调度，节假日封存，安装定位系统", "杜绝公车私用，车辆使用全程留痕" },
  { HEDONISM, "上班迟到早退、纪律松弛",
    { "{O}上班时间经常找不到人，电话也没人接",
      "工作日中午饮酒，{U}有干部下午上班满身酒气",
      "{V}的村干部坐班制度不落实，群众办事找不到人" },
    "落实考勤和坐班值班制度，开展作风纪律明察暗访，结果通报", "工作纪律明显好转，明察暗访无违纪问题" },
  { HEDONISM, "办公用房超标",
    { "{O}领导办公室面积过大，一人占了{N}间",
      "{U}新装修了办公楼，配了高档家具",
      "闲置的办公用房出租给商户，{O}从中收租" },
    "清理腾退超标办公用房，移交给便民服务等公共用途", "办公用房全部符合标准" },
  { EXTRAVAGANCE, "公款吃喝、超标接待",
    { "{V}附近的饭店常有公务接待，一桌好几千元",
      "上级来人层层陪餐，{U}接待费用居高不下",
      "以开会培训为名公款吃喝，{O}的账目不清" },
    "执行公务接待标准，实行公函制度和接待清单，严禁超标接待", "公务接待费用比上年下降三成以上" },
  { EXTRAVAGANCE, "婚丧喜庆大操大办",
    { "{V}有干部给孩子办满月酒摆了{N}十桌",
      "干部婚丧喜庆大操大办，借机收受礼金",
      "{U}有干部父亲过寿大摆宴席，请了很多下属" },
    "党员干部操办婚丧喜庆事宜事先报告、事后公开，纪委监督", "党员干部无大操大办现象" },
  { EXTRAVAGANCE, "节庆论坛铺张浪费",
    { "搞庆典摆排场，{U}的节会一次花了几十万元",
      "为迎接检查搞形象工程，{V}村口修了大牌楼",
      "{O}印制宣传品过多，很多堆在库房没发" },
    "清理节庆论坛活动，严控庆典和宣传经费", "节庆论坛活动压缩一半，经费下降三成" },
  { EXTRAVAGANCE, "节日期间公款送礼",
    { "中秋节前{O}用公款买月饼购物卡送人",
      "逢年过节层层送礼，{U}的账上有{N}笔礼品开支",
      "下级到上级拜年送土特产，{V}的干部也跟着送" },
    "节日期间开展专项检查，严禁公款送礼和收受购物卡", "节日期间公款送礼零发生" },
  { VITAL, "低保评定不公",
    { "{V}低保评定不公，有人情保、关系保",
      "{P}家里有车有房还吃低保，真正困难的{V}村民评不上",
      "低保名单不公示，{U}群众不知道谁在吃低保" },
    "全面复查低保对象，评定过程和结果三榜公示，接受群众监督", "低保对象应保尽保、应退尽退，群众无异议" },
  { VITAL, "村务公开不及时",
    { "村务公开不及时，{V}的账目{N}个月没有公布",
      "{V}村务公开栏多年没更新，群众看不到账",
      "集体土地出租收入去向不明，{V}的群众意见很大" },
    "规范村务公开，每季度公开一次财务，重大事项随时公开", "村务公开按期、真实、完整，群众满意" },
  { VITAL, "惠农补贴发放不及时、不透明",
    { "种粮补贴发放不及时，{V}去年的补贴还没到位",
      "危房改造补助名额分配不透明，{P}家房子漏雨评不上",
      "惠农补贴层层截留，{U}有的群众只领到一半" },
    "惠农补贴一卡通发放，名单公示，开展专项检查", "补贴按时足额发放到户，无截留挪用" },
  { VITAL, "征地拆迁补偿不公开",
    { "征地补偿款发放不透明，{V}的群众不知道标准",
      "拆迁补偿标准一户一个价，{U}群众意见大",
      "{V}修路占地的补偿拖了{N}年没给" },
    "公开征地拆迁补偿标准和程序，逐户核对补偿款发放", "补偿款发放公开透明，历史欠账全部清偿" },
  { VITAL, "行路难、饮水难",
    { "{V}通村公路坑坑洼洼，下雨天出不了门",
      "{V}饮水安全问题一直没解决，夏天经常停水",
      "{V}到镇上的路修了{N}年还没修通" },
    "列入年度民生项目，落实资金，明确完工时限", "道路和饮水工程按期完工，群众验收满意" },
  { VITAL, "乱收费、乱罚款",
    { "{O}办证乱收费，收了钱不开票",
      "农村建房{O}收取不合理费用",
      "{U}对个体户乱罚款，罚款标准随意" },
    "清理收费项目，公开收费标准，退还违规收取的费用", "无乱收费乱罚款，违规收费全部清退" },
  { SERVING, "联系服务群众不到位",
    { "驻村干部不驻村，{V}的群众找不到人",
      "{U}联系群众的渠道少，群众有事不知道找谁",
      "干部与群众感情淡了，{V}的老党员{P}说干部多年没来过" },
    "公开干部联系方式，设立民情联络员，定期召开群众议事会", "群众有事找得到人、办得成事" },
  { SERVING, "便民服务跟不上",
    { "{O}便民服务大厅窗口少，排队要{N}个小时",
      "{V}的便民服务代办点形同虚设，没有人值班",
      "周末和农忙时{O}不开门，群众办事只能请假" },
    "延长服务时间，推行错时和预约服务，村级代办点专人值守", "群众办事等候时间明显缩短" },
  { SERVING, "群众来信来访答复不及时",
    { "给{O}写信反映问题，{N}个月没有答复",
      "{P}打热线反映问题，转了几个部门没人回复",
      "{U}的意见箱常年没人打开" },
    "建立来信来访登记、交办、督办、回访制度，限期答复", "群众来信来访按期答复率百分之百" },
  { OTHER, "其他意见建议",
    { "建议{U}多组织群众喜闻乐见的文化活动",
      "建议加强{V}的环境卫生整治",
      "建议{O}在{V}设立服务点" },
    "研究采纳群众建议，纳入年度工作计划", "建议件件有答复，可行的落实到位" },
};
const guint hd_demo_n_themes = G_N_ELEMENTS (hd_demo_themes);

const HdDemoSpecialTask hd_demo_special_tasks[] = {
  { FORMALISM,     "专项整治：文山会海",                     "严控会议和发文数量、规模，推行视频会议和合并发文", "会议和文件数量减少三分之一" },
  { FORMALISM,     "专项整治：检查评比过多过滥",             "清理规范检查评比达标表彰活动，未经批准的一律取消", "检查评比项目压缩一半以上" },
  { FORMALISM,     "专项整治：形象工程、政绩工程",           "排查清理劳民伤财的形象工程政绩工程，停建缓建", "在建形象工程全部叫停" },
  { BUREAUCRATISM, "专项整治：门难进、脸难看、事难办",       "窗口单位作风明察暗访，曝光典型问题", "窗口服务群众满意率达到百分之九十以上" },
  { BUREAUCRATISM, "专项整治：庸懒散奢等不良风气",           "开展作风纪律专项检查，治庸问责", "干部作风明显转变" },
  { BUREAUCRATISM, "专项整治：软弱涣散基层党组织",           "逐村排查软弱涣散党组织，选派第一书记，限期转化", "软弱涣散党组织全部转化升级" },
  { BUREAUCRATISM, "专项整治：侵害群众利益的行为",           "查处吃拿卡要、与民争利问题，建立群众利益保障机制", "侵害群众利益问题件件查处" },
  { HEDONISM,      "专项整治：超标配备公车和公车私用",       "清理超编超标公车，统一标识、统一停放", "超标公车全部处置，公车私用零发生" },
  { HEDONISM,      "专项整治：多占办公用房",                 "清理腾退超标办公用房", "办公用房全部符合标准" },
  { HEDONISM,      "专项整治：违规新建楼堂馆所",             "停建违规楼堂馆所，清理在建项目", "无违规新建楼堂馆所" },
  { HEDONISM,      "专项整治：“吃空饷”问题",                 "逐人核查在编人员，清退吃空饷人员，追缴违规款项", "吃空饷问题全部清理" },
  { HEDONISM,      "专项整治：领导干部出入私人会所",         "开展专项检查，党员干部签订承诺书", "出入私人会所零发生" },
  { HEDONISM,      "专项整治：党政干部在企业兼职",           "清理党政干部在企业兼职取酬", "违规兼职全部清理" },
  { HEDONISM,      "专项整治：公款旅游",                     "清理以考察学习为名的公款旅游，严格出国出境审批", "公款旅游零发生" },
  { EXTRAVAGANCE,  "专项整治：“三公”经费开支过大",           "压缩“三公”经费预算并公开，严格报销审核", "“三公”经费比上年压缩三成以上" },
  { EXTRAVAGANCE,  "专项整治：公款吃喝和超标接待",           "执行公务接待标准，实行接待清单制度", "公务接待费用下降三成以上" },
  { EXTRAVAGANCE,  "专项整治：节日期间公款送礼",             "节前提醒、节中检查、节后通报", "节日期间公款送礼零发生" },
  { EXTRAVAGANCE,  "专项整治：收受红包和购物卡",             "开展自查自纠，党员干部上交收受的购物卡", "收受红包购物卡问题全部清理" },
  { EXTRAVAGANCE,  "专项整治：婚丧喜庆大操大办",             "党员干部操办婚丧喜庆事先报告、事后公开", "大操大办零发生" },
  { EXTRAVAGANCE,  "专项整治：奢侈浪费",                     "清理节庆论坛，严控庆典和宣传经费", "节庆论坛活动压缩一半" },
  { VITAL,         "专项整治：乱收费、乱罚款、乱摊派",       "清理收费罚款项目，公开收费标准，清退违规收费", "乱收费乱罚款乱摊派全部纠正" },
};
const guint hd_demo_n_special_tasks = G_N_ELEMENTS (hd_demo_special_tasks);

const HdDemoRule hd_demo_rules[] = {
  { HD_RULE_ACTION_KEEP,      "领导干部联系点制度执行不经常",     "坚持《领导干部基层联系点制度》，每季度到联系点不少于一次" },
  { HD_RULE_ACTION_KEEP,      "民主评议党员制度落实不严",         "坚持《民主评议党员制度》，每年评议一次，结果公开" },
  { HD_RULE_ACTION_KEEP,      "干部下访接访制度坚持不够",         "坚持《领导干部接访下访制度》，每月接访一天" },
  { HD_RULE_ACTION_REVISE,    "公务接待标准不明确",               "修订《公务接待管理办法》，明确接待范围、标准和清单" },
  { HD_RULE_ACTION_REVISE,    "会议管理办法不适应新要求",         "修订《会议管理办法》，规定会议数量、规模和时长" },
  { HD_RULE_ACTION_REVISE,    "公务用车管理规定执行不严",         "修订《公务用车管理规定》，实行统一调度和使用登记" },
  { HD_RULE_ACTION_REVISE,    "财务报销制度有漏洞",               "修订《财务管理和报销制度》，实行公务卡结算" },
  { HD_RULE_ACTION_ABOLISH,   "评比达标表彰项目过多",             "废止《各类评比达标表彰办法》中未经批准的项目" },
  { HD_RULE_ACTION_ABOLISH,   "层层签订责任书流于形式",           "废止不必要的目标责任书，合并考核事项" },
  { HD_RULE_ACTION_ABOLISH,   "过时的文件规定束缚基层",           "清理废止与群众路线要求不符的文件规定" },
  { HD_RULE_ACTION_ESTABLISH, "干部联系群众缺少长效机制",         "建立《干部直接联系服务群众制度》，包村联户常态化" },
  { HD_RULE_ACTION_ESTABLISH, "群众诉求办理缺少闭环",             "建立《群众诉求受理办理反馈制度》，限时办结并回访" },
  { HD_RULE_ACTION_ESTABLISH, "作风建设缺少监督",                 "建立《作风建设明察暗访制度》，结果定期通报" },
  { HD_RULE_ACTION_ESTABLISH, "村务监督不到位",                   "建立《村务监督委员会工作制度》，重大事项事前监督" },
  { HD_RULE_ACTION_ESTABLISH, "整改落实缺少回头看",               "建立《整改落实回头看制度》，整改结果接受群众评议" },
};
const guint hd_demo_n_rules = G_N_ELEMENTS (hd_demo_rules);

static const char * const offices[] = {
  "派出所", "国土所", "民政办", "财政所", "计生办", "林业站", "农技站", "司法所", "工商所",
  "税务所", "供电所", "卫生院", "便民服务中心", "不动产登记中心", "社保所", "城管中队",
  "交警中队", "房管所", "水利站", "畜牧站",
};

static const char * const numbers[] = {
  "两", "三", "四", "五", "六", "七", "八", "九",
};

/* How each channel puts what it collected, indexed by HdOpinionChannel; empty: no preface. */
static const char * const prefaces[HD_OPINION_N_CHANNELS][3] = {
  { "民主评议意见：",       "评议中有党员提出：", "" },
  { "座谈会上{P}提出：",   "座谈中有代表反映：", "" },
  { "问卷意见：",           "问卷反映：",         "" },
  { "意见箱来信：",         "匿名来信反映：",     "" },
  { "热线来电反映：",       "{P}来电反映：",       "" },
  { "走访{P}家时，{P}反映：", "走访中村民反映：",  "入户走访时{P}说：" },
  { "来信来访反映：",       "{P}来访反映：",       "" },
  { "网上留言：",           "网友留言反映：",     "" },
  { "",                     "",                   "" },
};

static const char * const endings[] = {
  "", "", "", "希望尽快解决。", "群众意见较大。", "建议加强监督。", "希望领导重视。",
  "盼望早日改进。", "希望给个说法。",
};

static const char * const progress_texts[] = {
  "已召开专题会议研究部署，明确责任人和时限",
  "已制定整改方案并公示",
  "已完成摸底排查，正在逐项整改",
  "整改完成约{N}成",
  "已清理{N}项，其余正在推进",
  "督导组督查指出进度偏慢，已督促加快",
  "已征求群众意见，修改完善措施",
  "主要领导专题调度，落实资金和人员",
  "已公示整改进展，接受群众监督",
  "阶段性整改完成，正在巩固",
};

static const char * const result_texts[] = {
  "已整改到位，群众反映的问题已解决",
  "整改完成，相关制度已印发执行",
  "已全部清理完毕，结果已公示",
  "会议文件数量同比减少{N}成",
  "问题已解决，回访群众表示认可",
  "已完成整改，建立长效机制",
  "整改完成，经督导组验收合格",
  "已退还违规费用，相关人员已作处理",
};

static const char * const sent_back_texts[] = {
  "群众评价不满意，回炉整改，重新明确措施和时限",
  "回头看中群众不满意，发出督办通知，限期整改到位",
  "群众对整改结果不满意，反映整改不彻底，补课整改",
};

static const char * const sources[] = {
  "征求意见", "民主评议", "对照检查", "民主生活会查摆", "督导组反馈", "上级点题", "群众来信来访",
};

void
hd_demo_expand (GRand       *rand,
                const char  *template_,
                const char  *unit,
                const char  *village,
                char         buf[HD_DEMO_TEXT_MAX])
{
  char person[HD_DEMO_NAME_MAX] = "";
  gsize n = 0;

  for (const char *p = template_; *p != '\0' && n + 1 < HD_DEMO_TEXT_MAX; p++)
    {
      const char *piece = NULL;

      if (p[0] == '{' && p[1] != '\0' && p[2] == '}')
        {
          switch (p[1])
            {
            case 'V': piece = village; break;
            case 'U': piece = unit; break;
            case 'O': piece = pick (rand, offices, G_N_ELEMENTS (offices)); break;
            case 'N': piece = pick (rand, numbers, G_N_ELEMENTS (numbers)); break;
            case 'P':
              /* The same person all through one text. */
              if (person[0] == '\0')
                hd_demo_person_name (rand, g_rand_int_range (rand, 0, 3) == 0, person);
              piece = person;
              break;
            default: break;
            }
        }
      if (piece != NULL)
        {
          n = g_strlcpy (buf + n, piece, HD_DEMO_TEXT_MAX - n) + n;
          n = MIN (n, HD_DEMO_TEXT_MAX - 1);
          p += 2;
        }
      else
        buf[n++] = *p;
    }
  buf[n] = '\0';
}

void
hd_demo_opinion_text (GRand             *rand,
                      const HdDemoTheme *theme,
                      int                channel,
                      const char        *unit,
                      const char        *village,
                      char               buf[HD_DEMO_TEXT_MAX])
{
  char body[HD_DEMO_TEXT_MAX];
  const char *preface = "";

  if (channel >= 0 && channel < HD_OPINION_N_CHANNELS && g_rand_int_range (rand, 0, 2) == 0)
    preface = prefaces[channel][g_rand_int_range (rand, 0, 3)];
  hd_demo_expand (rand, preface, unit, village, buf);
  hd_demo_expand (rand, theme->details[g_rand_int_range (rand, 0, G_N_ELEMENTS (theme->details))],
                  unit, village, body);
  g_strlcat (buf, body, HD_DEMO_TEXT_MAX);
  g_strlcat (buf, "。", HD_DEMO_TEXT_MAX);
  g_strlcat (buf, pick (rand, endings, G_N_ELEMENTS (endings)), HD_DEMO_TEXT_MAX);
}

void
hd_demo_progress_text (GRand *rand,
                       char   buf[HD_DEMO_TEXT_MAX])
{
  hd_demo_expand (rand, pick (rand, progress_texts, G_N_ELEMENTS (progress_texts)), "", "", buf);
}

void
hd_demo_result_text (GRand *rand,
                     char   buf[HD_DEMO_TEXT_MAX])
{
  hd_demo_expand (rand, pick (rand, result_texts, G_N_ELEMENTS (result_texts)), "", "", buf);
}

const char *
hd_demo_sent_back_text (GRand *rand)
{
  return pick (rand, sent_back_texts, G_N_ELEMENTS (sent_back_texts));
}

const char *
hd_demo_task_source (GRand *rand)
{
  return pick (rand, sources, G_N_ELEMENTS (sources));
}
