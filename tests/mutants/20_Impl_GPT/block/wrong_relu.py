# MLP의 활성화로 GELU 대신 ReLU를 쓴다
class MLP(nn.Module):
    """GPT-2 블록의 위치별 MLP: c_proj(GELU(c_fc(x))), 은닉 폭 4C.

    매개변수 (state_dict 키): c_fc.weight (4C, C), c_fc.bias (4C,), c_proj.weight (C, 4C), c_proj.bias (C,).
    GELU는 정확한 erf 형태(F.gelu, nn.GELU()의 기본값)이고 tanh 근사가 아닙니다. 드롭아웃은 없습니다.
    """

    def __init__(self, config: GPTConfig) -> None:
        super().__init__()
        self.c_fc = nn.Linear(config.n_embd, 4 * config.n_embd)
        self.c_proj = nn.Linear(4 * config.n_embd, config.n_embd)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """(B, T, C) 입력에 MLP를 위치마다 적용해 (B, T, C)를 돌려줍니다."""
        return self.c_proj(F.relu(self.c_fc(x)))  # (B, T, 4C) -> (B, T, C)


class Block(nn.Module):
    """GPT-2의 트랜스포머 블록 (Pre-LN).

        x = x + attn(ln_1(x), cache)
        x = x + mlp(ln_2(x))

    하위 모듈 (state_dict 키의 앞부분): ln_1 = nn.LayerNorm(C), attn = CausalSelfAttention(config),
    ln_2 = nn.LayerNorm(C), mlp = MLP(config). LayerNorm은 기본값(eps=1e-5, weight와 bias 있음)입니다.
    매개변수는 모두 12C² + 13C개입니다.
    """

    def __init__(self, config: GPTConfig) -> None:
        super().__init__()
        self.ln_1 = nn.LayerNorm(config.n_embd)
        self.attn = CausalSelfAttention(config)
        self.ln_2 = nn.LayerNorm(config.n_embd)
        self.mlp = MLP(config)

    def forward(self, x: torch.Tensor, cache: KVCache | None = None) -> torch.Tensor:
        """블록을 적용합니다.

        Args:
            x: (B, T, C) 잔차 스트림.
            cache: None 또는 이 블록 어텐션의 KVCache. self.attn에 그대로 넘깁니다.

        Returns:
            (B, T, C) 갱신된 잔차 스트림.
        """
        x = x + self.attn(self.ln_1(x), cache=cache)  # (B, T, C)
        x = x + self.mlp(self.ln_2(x))  # (B, T, C)
        return x
