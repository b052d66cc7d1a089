# 캐시에 키·값을 붙이기만 하고 어텐션은 새 토큰의 키·값만으로 계산한다
class CausalSelfAttention(nn.Module):
    """GPT-2의 인과(마스크드) 멀티헤드 셀프 어텐션 (nanoGPT의 이름과 배치).

    매개변수 (state_dict 키; C = n_embd, nh = n_head, hs = C // nh):
        c_attn.weight (3C, C), c_attn.bias (3C,): q, k, v를 한 번에 만드는 융합 사영.
            출력의 특징 [0, C)가 q, [C, 2C)가 k, [2C, 3C)가 v입니다.
        c_proj.weight (C, C), c_proj.bias (C,): 헤드를 합친 뒤의 출력 사영.
    헤드 h는 q, k, v 각각의 특징 [h·hs, (h+1)·hs)를 씁니다 (nn.MultiheadAttention과 같은 배치).
    점수는 q·k / √hs이고 소프트맥스는 키 축으로 합니다. 드롭아웃은 없습니다.
    """

    def __init__(self, config: GPTConfig) -> None:
        super().__init__()
        if config.n_embd % config.n_head != 0:
            raise ValueError(f"n_embd({config.n_embd})는 n_head({config.n_head})로 나누어떨어져야 합니다.")
        self.n_head = config.n_head
        self.n_embd = config.n_embd
        self.c_attn = nn.Linear(config.n_embd, 3 * config.n_embd)  # [W_q; W_k; W_v]
        self.c_proj = nn.Linear(config.n_embd, config.n_embd)

    def forward(self, x: torch.Tensor, cache: KVCache | None = None) -> torch.Tensor:
        """인과 셀프 어텐션을 적용합니다.

        Args:
            x: (B, T, C) 입력. cache가 있으면 이 T개는 캐시에 든 T_past = len(cache)개 위치 뒤에 이어지는
                절대 위치 T_past, ..., T_past + T - 1의 토큰입니다.
            cache: None이면 x만으로 계산합니다. KVCache이면 헤드로 나눈 새 키·값 (B, nh, T, hs)를
                cache.update로 캐시 뒤에 붙이고, 새 질의 i가 키 위치 j <= T_past + i를 모두 봅니다.
                호출이 끝나면 len(cache)가 T만큼 늘어납니다.

        Returns:
            (B, T, C) 출력 (c_proj까지 거친 값, x와 같은 dtype). 시퀀스를 어떤 덩어리로 나눠 캐시와 함께
            넣어도, 이어 붙인 출력은 전체를 cache 없이 한 번에 넣은 출력과 같습니다.
        """
        B, T, C = x.shape
        nh, hs = self.n_head, C // self.n_head
        # 1. 융합 사영과 q, k, v 나누기
        q, k, v = self.c_attn(x).split(C, dim=2)  # 각각 (B, T, C)
        # 2. 헤드 분할
        q = q.view(B, T, nh, hs).transpose(1, 2)  # (B, nh, T, hs)
        k = k.view(B, T, nh, hs).transpose(1, 2)  # (B, nh, T, hs)
        v = v.view(B, T, nh, hs).transpose(1, 2)  # (B, nh, T, hs)
        T_past = 0
        if cache is not None:
            T_past = len(cache)  # 붙이기 전에 읽습니다
            cache.update(k, v)
        S = k.shape[-2]
        # 3. 점수와 직사각형 인과 마스크 (질의 i의 절대 위치는 T_past + i)
        att = q @ k.transpose(-2, -1) / math.sqrt(hs)  # (B, nh, T, S)
        q_pos = torch.arange(T_past, T_past + T, device=x.device)[:, None]  # (T, 1)
        k_pos = torch.arange(S, device=x.device)[None, :]  # (1, S)
        att = att.masked_fill(k_pos > q_pos, float("-inf"))  # 미래의 키를 가림
        # 4. 소프트맥스와 가중합
        att = torch.softmax(att, dim=-1)  # (B, nh, T, S)
        y = att @ v  # (B, nh, T, hs)
        # 5. 헤드 합치기와 출력 사영
        y = y.transpose(1, 2).contiguous().view(B, T, C)  # (B, T, C)
        return self.c_proj(y)  # (B, T, C)
