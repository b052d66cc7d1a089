# 클래스 토큰을 시퀀스의 맨 뒤에 붙인다
class ClassTokenEmbedding(nn.Module):
    def __init__(self, num_patches: int, dim: int, distilled: bool = False):
        super().__init__()
        self.num_prefix_tokens = 2 if distilled else 1
        self.cls_token = nn.Parameter(0.02 * torch.randn(1, 1, dim))
        if distilled:
            self.dist_token = nn.Parameter(0.02 * torch.randn(1, 1, dim))
        self.pos_embed = nn.Parameter(0.02 * torch.randn(1, self.num_prefix_tokens + num_patches, dim))

    def forward(self, tokens: torch.Tensor) -> torch.Tensor:
        B = tokens.shape[0]
        parts = [tokens, self.cls_token.expand(B, -1, -1)]
        if self.num_prefix_tokens == 2:
            parts.append(self.dist_token.expand(B, -1, -1))
        return torch.cat(parts, dim=1) + self.pos_embed
